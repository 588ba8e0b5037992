import { render } from 'preact';
import { clauseIndex } from '../../utils/clause-index';
import { PopupApp } from './PopupApp';
import './popup.css';

const root = document.getElementById('app');
if (root) render(<PopupApp index={clauseIndex} />, root);
