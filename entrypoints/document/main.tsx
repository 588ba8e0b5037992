import { render } from 'preact';
import { htmlLang, langFromTag } from '../../components/i18n';
import { loadIndex } from '../../lib/clauselens';
import type { SearchData } from '../../lib/search/build';
import { createClauseSearch } from '../../lib/search/clause-search';
import { loadClauseIndex } from '../../utils/clause-index';
import { documentRendering, uiLanguage } from '../../utils/settings';
import { DocumentPage } from './DocumentPage';
import '../../components/page.css';
import './document.css';

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  let index: Awaited<ReturnType<typeof loadClauseIndex>>;
  try {
    index = await loadClauseIndex();
  } catch (error) {
    root.setAttribute('role', 'alert');
    root.textContent = `ClauseLens: ${(error as Error).message}. 请重新安装扩展。Please reinstall the extension.`;
    return;
  }
  const loaded = loadIndex(index);
  const search = createClauseSearch(loaded, index.search as SearchData | undefined);
  const setting = await uiLanguage.getValue();
  const lang = setting === 'auto' ? langFromTag(browser.i18n.getUILanguage()) : setting;
  document.documentElement.lang = htmlLang(lang);
  const storedRendering = await documentRendering.getValue();
  render(<DocumentPage loaded={loaded} search={search} lang={lang} storedRendering={storedRendering} />, root);
}

void main();
