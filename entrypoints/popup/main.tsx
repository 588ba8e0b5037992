import { render } from 'preact';
import { langFromTag } from '../../components/i18n';
import { loadIndex } from '../../lib/clauselens';
import { createClauseSearch } from '../../lib/search/clause-search';
import type { SearchData } from '../../lib/search/build';
import { loadClauseIndex } from '../../utils/clause-index';
import { sendMessage } from '../../utils/messaging';
import { uiLanguage } from '../../utils/settings';
import { PopupApp } from './PopupApp';
import './popup.css';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** A damaged package: say so plainly, in both languages, and what to do. */
function showFatal(root: HTMLElement, error: unknown) {
  root.className = 'fatal';
  root.setAttribute('role', 'alert');
  const title = document.createElement('h1');
  title.textContent = 'ClauseLens 无法读取条款索引 · ClauseLens cannot read its clause index';
  const detail = document.createElement('p');
  detail.textContent = `${(error as Error).message}. 请重新安装扩展。Please reinstall the extension.`;
  root.replaceChildren(title, detail);
}

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  let loaded: ReturnType<typeof loadIndex>;
  let search: ReturnType<typeof createClauseSearch>;
  try {
    const index = await loadClauseIndex();
    loaded = loadIndex(index);
    search = createClauseSearch(loaded, index.search as SearchData | undefined);
  } catch (error) {
    showFatal(root, error);
    return;
  }
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
