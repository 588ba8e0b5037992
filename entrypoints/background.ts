import { citeClause } from '../utils/cite-clause';
import { stringsIn } from '../components/strings';
import { fetchClauseIndexText, loadClauseIndex, parseClauseIndex } from '../utils/clause-index';
import { sitePattern } from '../lib/sites';
import { onMessage, sendMessage } from '../utils/messaging';
import { enabledSites } from '../utils/settings';

const MENU_ID = 'clauselens-find-source';

function documentUrl(hash: string, query?: string): string {
  const base = browser.runtime.getURL('/document.html');
  return `${base}${query ? `?q=${encodeURIComponent(query)}` : ''}${hash ? `#${encodeURIComponent(hash)}` : ''}`;
}

/**
 * Runs the content script in a tab where it is not registered (a site outside the
 * default list). The context-menu click or command is the user gesture that grants
 * `activeTab` for this one tab.
 */
async function ensureContentScript(tabId: number): Promise<void> {
  try {
    await sendMessage('getPageQuotes', undefined, tabId);
    return;
  } catch {
    // No receiver: inject below.
  }
  await browser.scripting.insertCSS({ target: { tabId }, files: ['/highlight.css'] });
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
}

const USER_SITES_SCRIPT = 'clauselens-user-sites';

/**
 * Runs ClauseLens on the sites the reader enabled beyond the default list, for as
 * long as the browser grants access to them (the reader may revoke it at any time).
 */
async function registerUserSites(hosts: string[]): Promise<void> {
  const patterns: string[] = [];
  for (const host of hosts) {
    const pattern = sitePattern(host);
    if (await browser.permissions.contains({ origins: [pattern] })) patterns.push(pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT] });
  if (patterns.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: USER_SITES_SCRIPT,
      matches: patterns,
      js: ['/content-scripts/content.js'],
      css: ['/highlight.css'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

export default defineBackground(() => {
  const syncUserSites = async () => {
    try {
      await registerUserSites(await enabledSites.getValue());
    } catch (error) {
      console.warn('ClauseLens: could not register the sites you enabled', error);
    }
  };
  enabledSites.watch(() => void syncUserSites());
  browser.permissions.onRemoved.addListener(() => void syncUserSites());
  browser.runtime.onStartup.addListener(() => void syncUserSites());

  // Read and checked once per service-worker life: content scripts ask on every page.
  // They get the index without the popup's search data, which they never use.
  let indexText: Promise<string> | undefined;
  onMessage('getIndexJson', () => {
    indexText ??= fetchClauseIndexText().then((text) => {
      const { search: _popupOnly, ...forPages } = parseClauseIndex(text);
      return JSON.stringify(forPages);
    });
    indexText.catch(() => {
      indexText = undefined; // try again next time rather than caching a failure
    });
    return indexText;
  });
  onMessage('ping', () => ({ version: browser.runtime.getManifest().version }));
  onMessage('uiStrings', ({ data }) => stringsIn(data));
  // The toolbar badge: how many quotes were matched on the tab, marked when any is altered.
  onMessage('reportQuoteCount', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const text = data.count === 0 ? '' : data.altered > 0 ? `${data.count}!` : String(data.count);
    void browser.action.setBadgeText({ tabId, text });
    void browser.action.setBadgeBackgroundColor({ tabId, color: data.altered > 0 ? '#b3261e' : '#5f6368' });
  });
  onMessage('formatCitation', async ({ data }) => {
    const index = await loadClauseIndex();
    const clause = index.clauses.find((c) => c.id === data.clauseId);
    const document = clause && index.documents.find((d) => d.id === clause.docId);
    if (!clause || !document) return null;
    const rendering = data.rendering && clause.renderings?.[data.rendering];
    return citeClause({ clause, document }, data.lang, undefined, rendering ? { lang: data.rendering as 'en' | 'ru', text: rendering } : undefined);
  });
  onMessage('openDocument', ({ data }) => {
    void browser.tabs.create({ url: documentUrl(data.clauseId) });
  });
  onMessage('openSearch', ({ data }) => {
    void browser.tabs.create({ url: documentUrl('', data.query) });
  });

  onMessage('lookupSelectionInTab', async ({ data: tabId }) => {
    await ensureContentScript(tabId);
    return sendMessage('lookupSelection', '', tabId);
  });

  onMessage('enableInTab', async ({ data: tabId }) => {
    await ensureContentScript(tabId);
    return true;
  });

  browser.runtime.onInstalled.addListener(() => {
    void syncUserSites();
    browser.contextMenus.create({
      id: MENU_ID,
      title: browser.i18n.getMessage('menuFindSource') || 'Find source clause',
      contexts: ['selection'],
    });
  });

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
    try {
      await ensureContentScript(tab.id);
      await sendMessage('lookupSelection', info.selectionText, tab.id);
    } catch {
      // A page the extension may not touch (the browser's own pages): nothing to show.
    }
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    const direction = command === 'next-quote' ? 'next' : command === 'previous-quote' ? 'previous' : undefined;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (!direction || tabId === undefined) return;
    try {
      await sendMessage('navigateQuote', direction, tabId);
    } catch {
      // No content script on this page.
    }
  });
});
