import { render } from 'preact';
import type { CardModel } from '../../components/Card';
import { langFromTag, setStrings } from '../../components/i18n';
import { loadIndex } from '../../lib/clauselens';
import { clauseCopyText } from '../../lib/cite/clause-copy';
import { DEFAULT_NEWS_SITES } from '../../lib/sites';
import { fetchClauseIndexText, PAGE_INDEX_PATH, parseClauseIndex } from '../../utils/clause-index';
import { copyToClipboard } from '../../utils/clipboard';
import { onMessage, sendMessage } from '../../utils/messaging';
import { disabledSites, highlightEnabled, highlightStyle, hoverDelayMs, uiLanguage } from '../../utils/settings';
import { CardLayer, CardStore } from './CardLayer';
import { type ControllerSettings, PageController } from './controller';
import { createPageEngine } from './engine';
import cardCss from './card.css?inline';

async function readSettings(): Promise<ControllerSettings> {
  const [delay, highlight, style, language] = await Promise.all([
    hoverDelayMs.getValue(),
    highlightEnabled.getValue(),
    highlightStyle.getValue(),
    uiLanguage.getValue(),
  ]);
  return {
    hoverDelayMs: delay,
    highlight,
    highlightStyle: style,
    lang: language === 'auto' ? langFromTag(browser.i18n.getUILanguage()) : language,
  };
}

/** The settings, with the card's strings in their language: the background sends them, this script does not carry them. */
async function readSettingsAndStrings(): Promise<ControllerSettings> {
  const settings = await readSettings();
  setStrings(settings.lang, await sendMessage('uiStrings', settings.lang));
  return settings;
}

/**
 * The index, read straight from the package; through the background when the
 * browser refuses that (it then reads the same file).
 */
async function readPageIndex(): Promise<string> {
  try {
    return await fetchClauseIndexText(PAGE_INDEX_PATH);
  } catch {
    return sendMessage('getIndexJson');
  }
}

/**
 * Dark when the page itself is dark (its background is), else when the system is.
 * Many news sites have their own dark mode regardless of the system setting.
 */
function prefersDark(): boolean {
  for (const element of [document.body, document.documentElement]) {
    const match = getComputedStyle(element).backgroundColor.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/);
    if (match && (match[4] === undefined || Number(match[4]) > 0.5)) {
      const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
    }
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

export default defineContentScript({
  matches: [...DEFAULT_NEWS_SITES],
  runAt: 'document_idle',
  // The card's styles go into its shadow root as text: no file to fetch before it can show.
  cssInjectionMode: 'manual',
  async main(ctx) {
    if (window.top !== window) return; // top frame only
    if (!document.body) return;
    if ((await disabledSites.getValue()).includes(location.hostname)) return;
    const loading = Promise.all([readSettingsAndStrings(), readPageIndex()]);

    // The shadow host is prepared while the index is read; it joins the page once there
    // is something to show in it.
    const ui = await createShadowRootUi(ctx, {
      name: 'clauselens-ui',
      position: 'inline',
      // Outside <body>: page styles such as `body > *:last-child` never see the host.
      anchor: 'html',
      append: 'last',
      css: cardCss,
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container) => container,
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    let settings: ControllerSettings;
    let engine: ReturnType<typeof createPageEngine>;
    try {
      const [read, indexJson] = await loading;
      settings = read;
      engine = createPageEngine(loadIndex(parseClauseIndex(indexJson)));
    } catch {
      // A damaged package: stand down without a word on the page (the popup says what is wrong).
      return;
    }
    if (!ctx.isValid) return;
    const store = new CardStore();
    store.setAppearance(settings.lang, prefersDark());

    // Citations are formatted by the background (the formats stay out of this script);
    // asked for as a card opens, so that the click copies without waiting.
    const citations = new WeakMap<object, Promise<{ text: string; html: string } | null>>();
    const citationOf = (model: CardModel) => {
      let citation = citations.get(model);
      if (!citation) {
        citation = sendMessage('formatCitation', {
          clauseId: model.clause.id,
          lang: store.current.lang,
          rendering: model.rendering?.lang,
        }).catch(() => null);
        citations.set(model, citation);
      }
      return citation;
    };

    const controller = new PageController(
      ctx,
      engine,
      store,
      ui.shadowHost,
      {
        prepareCitation: (model) => citationOf(model),
        copy: async (model, kind) => {
          if (kind === 'clause') return copyToClipboard(clauseCopyText(model.clause, store.current.lang));
          const citation = await citationOf(model);
          if (!citation) return false;
          const { text, html } = citation;
          return copyToClipboard(text, html);
        },
        openDocument: (model) => void sendMessage('openDocument', { clauseId: model.clause.id }),
        searchFor: (query) => void sendMessage('openSearch', { query }),
        quotesChanged: (count, altered) => void sendMessage('reportQuoteCount', { count, altered }).catch(() => {}),
      },
      settings,
    );
    ui.mount();
    render(<CardLayer store={store} actions={controller.actions} />, ui.uiContainer);
    controller.start();

    const apply = async () => {
      const next = await readSettingsAndStrings().catch(readSettings);
      controller.updateSettings(next);
    };
    const unwatch = [
      hoverDelayMs.watch(apply),
      highlightEnabled.watch(apply),
      highlightStyle.watch(apply),
      uiLanguage.watch(apply),
      // Switched off on this site: stand down at once; switching back on takes a reload.
      disabledSites.watch((sites) => {
        if (sites.includes(location.hostname)) controller.dispose();
      }),
    ];
    const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
    const onScheme = () => store.setAppearance(store.current.lang, prefersDark());
    scheme?.addEventListener('change', onScheme);

    const removeListeners = [
      onMessage('navigateQuote', ({ data }) => controller.navigate(data)),
      onMessage('lookupSelection', ({ data }) => controller.lookupSelection(data)),
      onMessage('revealQuote', ({ data }) => controller.revealById(data)),
      onMessage('getPageQuotes', () =>
        controller.quotes.map((q) => ({
          id: q.id,
          quote: q.match.quote,
          clauseId: q.match.clauseId,
          docId: q.match.docId,
          label: q.match.label,
          score: q.match.score,
          verdict: q.match.fidelity.verdict,
          lang: q.match.lang,
        })),
      ),
    ];
    ctx.onInvalidated(() => {
      // After a reload or removal the extension's APIs throw ("Extension context
      // invalidated"): one failing step must neither skip the others nor reach the page.
      const steps = [...removeListeners, ...unwatch, () => scheme?.removeEventListener('change', onScheme), () => ui.remove()];
      for (const step of steps) {
        try {
          step();
        } catch {
          // That listener went with the extension.
        }
      }
    });
  },
});
