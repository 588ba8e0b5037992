import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The index ships as a data file beside the code, not inside any bundle: every
    // context reads the same copy, code size budgets measure code, and a damaged
    // file is reported at run time instead of breaking a bundle.
    'build:publicAssets': (_wxt, files) => {
      const indexFile = resolve('data/generated/clause-index.json');
      files.push({ absoluteSrc: indexFile, relativeDest: 'data/clause-index.json' });
      // What pages need: the same index without the popup's search data.
      const { search: _popupOnly, ...forPages } = JSON.parse(readFileSync(indexFile, 'utf8'));
      files.push({ contents: JSON.stringify(forPages), relativeDest: 'data/page-index.json' });
    },
    // The highlight styles style the page's own text (CSS Custom Highlight API), so they
    // cannot live in the card's shadow root: the browser injects them as a content-script
    // stylesheet, which adds no node to the page and is not subject to the page's CSP.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) {
        script.css = [...(script.css ?? []), 'highlight.css'];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings. contextMenus: "Find source clause" on a selection.
    // activeTab + scripting: run ClauseLens in the current tab, on a site outside the
    // default list, only when the reader asks (context menu, shortcut, popup).
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    commands: {
      'next-quote': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_commandNextQuote__',
      },
      'previous-quote': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_commandPreviousQuote__',
      },
    },
    // Sites beyond the default news list are granted one by one, when the reader asks.
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_extName__' },
    // The content script reads the index straight from the package, without a round
    // trip through the background. A dynamic URL changes every session, so no page can
    // probe for it to learn that ClauseLens is installed.
    web_accessible_resources:
      browser === 'firefox'
        ? ['data/page-index.json']
        : [{ resources: ['data/page-index.json'], matches: ['<all_urls>'], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'clauselens@clauselens.org',
              // 140 is the first release that reads data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing leaves the reader's browser.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
