import { render } from 'preact';
import { htmlLang, langFromTag } from '../../components/i18n';
import { loadIndex } from '../../lib/clauselens';
import { createClauseSearch } from '../../lib/search/clause-search';
import type { SearchData } from '../../lib/search/build';
import { loadClauseIndex } from '../../utils/clause-index';
import { sendMessage } from '../../utils/messaging';
import { isDefaultSite, sitePattern } from '../../lib/sites';
import { disabledSites, enabledSites, uiLanguage } from '../../utils/settings';
import type { SiteStatus } from './SiteSwitch';
import { PopupApp } from './PopupApp';
import './popup.css';

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function activeTabId(): Promise<number | undefined> {
  return (await activeTab())?.id;
}

/** The current tab's site, readable because opening the popup grants access to that tab. */
async function currentSite(): Promise<{ host: string; status: SiteStatus; url: string } | undefined> {
  const url = (await activeTab())?.url;
  if (!url || !/^https?:/.test(url)) return undefined;
  const host = new URL(url).hostname;
  const [off, enabled] = await Promise.all([disabledSites.getValue(), enabledSites.getValue()]);
  const status: SiteStatus = off.includes(host)
    ? 'off'
    : isDefaultSite(url)
      ? 'default'
      : enabled.includes(host)
        ? 'enabled'
        : 'not-enabled';
  return { host, status, url };
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
  const here = await currentSite();
  const lang = setting === 'auto' ? langFromTag(browser.i18n.getUILanguage()) : setting;
  document.documentElement.lang = htmlLang(lang);
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
      site={
        here && {
          host: here.host,
          status: here.status,
          onChange: (next) => void switchSite(here, next),
        }
      }
      lookupSelection={async () => {
        const tabId = await activeTabId();
        if (tabId !== undefined) await sendMessage('lookupSelectionInTab', tabId).catch(() => false);
        window.close();
      }}
    />,
    root,
  );
  // A reader of an English or Russian interface likely searches in that language: its words are ready before the first key.
  if (lang !== 'zh') requestIdleCallback(() => search.prepare(lang), { timeout: 1000 });
}

/**
 * Switching off keeps the site's access and tells the page's ClauseLens to stand down;
 * enabling a site outside the default list asks the browser for access to that one site
 * (the click is the gesture the request needs) and runs ClauseLens in the tab at once.
 */
async function switchSite(site: { host: string; status: SiteStatus }, next: 'on' | 'off') {
  if (next === 'on' && site.status === 'not-enabled') {
    // First thing in the click: the browser grants a permission only inside the gesture.
    const granted = await browser.permissions.request({ origins: [sitePattern(site.host)] });
    if (!granted) return;
    await enabledSites.setValue([...new Set([...(await enabledSites.getValue()), site.host])]);
    const tabId = await activeTabId();
    if (tabId !== undefined) await sendMessage('enableInTab', tabId).catch(() => false);
  } else {
    const off = await disabledSites.getValue();
    await disabledSites.setValue(
      next === 'off' ? [...new Set([...off, site.host])] : off.filter((h) => h !== site.host),
    );
  }
  window.close();
}

void main();
