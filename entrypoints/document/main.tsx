import { render } from 'preact';
import { clauseIndex } from '../../utils/clause-index';
import { DocumentPage } from './DocumentPage';
import '../../components/page.css';
import './document.css';

const root = document.getElementById('app');
if (root) render(<DocumentPage index={clauseIndex} />, root);
