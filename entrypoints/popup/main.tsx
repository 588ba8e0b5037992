import { render } from 'preact';
import { langFromTag } from '../../components/i18n';
import { loadIndex } from '../../lib/clauselens';
import { createClauseSearch } from '../../lib/search/clause-search';
import type { SearchData } from '../../lib/search/build';
import { clauseIndex } from '../../utils/clause-index';
import { sendMessage } from '../../utils/messaging';
import { uiLanguage } from '../../utils/settings';
import { PopupApp } from './PopupApp';
import './popup.css';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  let loaded: ReturnType<typeof loadIndex>;
  try {
    loaded = loadIndex(clauseIndex);
  } catch (error) {
    root.textContent = `ClauseLens: the bundled clause index could not be read (${(error as Error).message}). Reinstall the extension.`;
    root.className = 'fatal';
    return;
  }
  const search = createClauseSearch(loaded, clauseIndex.search as SearchData | undefined);
  const setting = await uiLanguage.getValue();
  const lang = setting === 'auto' ? langFromTag(browser.i18n.getUILanguage()) : setting;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  render(
    <PopupApp
      loaded={loaded}
      search={search}
      lang={lang}
      loadPageQuotes={async () => {
        const tabId = await activeTabId();
        if (tabId === undefined) return null;
        try {
          return await sendMessage('getPageQuotes', undefined, tabId);
        } catch {
          return null;
        }
      }}
      revealQuote={async (id) => {
        const tabId = await activeTabId();
        if (tabId !== undefined) await sendMessage('revealQuote', id, tabId).catch(() => false);
        window.close();
      }}
      lookupSelection={async () => {
        const tabId = await activeTabId();
        if (tabId !== undefined) await sendMessage('lookupSelectionInTab', tabId).catch(() => false);
        window.close();
      }}
    />,
    root,
  );
}

void main();
