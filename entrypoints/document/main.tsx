import { render } from 'preact';
import { langFromTag } from '../../components/i18n';
import { loadIndex } from '../../lib/clauselens';
import type { SearchData } from '../../lib/search/build';
import { createClauseSearch } from '../../lib/search/clause-search';
import { clauseIndex } from '../../utils/clause-index';
import { uiLanguage } from '../../utils/settings';
import { DocumentPage } from './DocumentPage';
import '../../components/page.css';
import './document.css';

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  const loaded = loadIndex(clauseIndex);
  const search = createClauseSearch(loaded, clauseIndex.search as SearchData | undefined);
  const setting = await uiLanguage.getValue();
  const lang = setting === 'auto' ? langFromTag(browser.i18n.getUILanguage()) : setting;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  render(<DocumentPage loaded={loaded} search={search} lang={lang} />, root);
}

void main();
