import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { htmlLang, inLang, LANGS, LANGUAGE_NAMES, type Lang } from '../../components/i18n';
import { tp } from '../../components/page-i18n';
import { CITATION_STYLES } from '../../lib/cite';
import { normaliseHost, sitePattern } from '../../lib/sites';
import {
  type CitationStyle,
  citationStyle,
  disabledSites,
  enabledSites,
  type HighlightStyleSetting,
  highlightEnabled,
  highlightStyle,
  hoverDelayMs,
  type UiLanguageSetting,
  uiLanguage,
} from '../../utils/settings';

/** A setting as component state, written through to storage and kept in step with it. */
function useSetting<T>(item: WxtStorageItem<T, Record<string, unknown>>): [T | undefined, (value: T) => void] {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch((next) => setValue(next));
  }, [item]);
  return [
    value,
    (next: T) => {
      setValue(next);
      void item.setValue(next);
    },
  ];
}

export interface OptionsPageProps {
  /** Asks the browser for access to a site; resolves to whether the reader granted it. */
  requestSite(pattern: string): Promise<boolean>;
  /** Gives the access back. */
  releaseSite(pattern: string): Promise<void>;
  /** The browser's own language, which the page follows while the setting says so. */
  browserLang: Lang;
}

export function OptionsPage({ requestSite, releaseSite, browserLang }: OptionsPageProps) {
  const [style, setStyle] = useSetting(citationStyle);
  const [highlight, setHighlight] = useSetting(highlightEnabled);
  const [markStyle, setMarkStyle] = useSetting(highlightStyle);
  const [delay, setDelay] = useSetting(hoverDelayMs);
  const [language, setLanguage] = useSetting(uiLanguage);
  const [enabled, setEnabled] = useSetting(enabledSites);
  const [disabled, setDisabled] = useSetting(disabledSites);
  const [newSite, setNewSite] = useState('');
  const [siteMessage, setSiteMessage] = useState('');

  if (
    style === undefined ||
    highlight === undefined ||
    markStyle === undefined ||
    delay === undefined ||
    language === undefined ||
    enabled === undefined ||
    disabled === undefined
  ) {
    return <main class="page options" aria-busy="true" />;
  }
  const lang: Lang = language === 'auto' ? browserLang : language;

  const addSite = async (event: Event) => {
    event.preventDefault();
    const host = normaliseHost(newSite);
    if (!host) {
      setSiteMessage(tp('opt_enterSite', lang));
      return;
    }
    const granted = await requestSite(sitePattern(host));
    if (!granted) {
      setSiteMessage(tp('opt_notGranted', lang, { host }));
      return;
    }
    setEnabled([...new Set([...enabled, host])]);
    setNewSite('');
    setSiteMessage(tp('opt_enabledOn', lang, { host }));
  };

  return (
    <main class="page options" lang={htmlLang(lang)}>
      <h1>{tp('opt_title', lang)}</h1>
      <p class="hint">{tp('opt_hint', lang)}</p>

      <fieldset>
        <legend>{tp('opt_citations', lang)}</legend>
        <label>
          {tp('opt_defaultStyle', lang)}{' '}
          <select
            name="citationStyle"
            value={style}
            onChange={(e) => setStyle((e.target as HTMLSelectElement).value as CitationStyle)}
          >
            {CITATION_STYLES.map((s) => (
              <option key={s.id} value={s.id}>
                {inLang(s.name, lang)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      <fieldset>
        <legend>{tp('opt_marks', lang)}</legend>
        <label>
          <input
            type="checkbox"
            name="highlightEnabled"
            checked={highlight}
            onChange={(e) => setHighlight((e.target as HTMLInputElement).checked)}
          />{' '}
          {tp('opt_markQuotes', lang)}
        </label>
        <label>
          {tp('opt_markStyle', lang)}{' '}
          <select
            name="highlightStyle"
            value={markStyle}
            onChange={(e) => setMarkStyle((e.target as HTMLSelectElement).value as HighlightStyleSetting)}
          >
            <option value="underline">{tp('opt_underline', lang)}</option>
            <option value="background">{tp('opt_background', lang)}</option>
          </select>
        </label>
        <label>
          {tp('opt_hoverDelay', lang)}{' '}
          <input
            type="number"
            name="hoverDelayMs"
            min={0}
            max={2000}
            step={50}
            value={delay}
            onChange={(e) => {
              const v = Number((e.target as HTMLInputElement).value);
              if (Number.isFinite(v) && v >= 0 && v <= 2000) setDelay(v);
            }}
          />
        </label>
      </fieldset>

      <fieldset>
        {/* Named in every language: a reader who chose one they cannot read must still find the way back. */}
        <legend>界面语言 · Interface language · Язык интерфейса</legend>
        <select
          name="uiLanguage"
          value={language}
          onChange={(e) => setLanguage((e.target as HTMLSelectElement).value as UiLanguageSetting)}
        >
          <option value="auto">{tp('opt_sameAsBrowser', lang)}</option>
          {LANGS.map((l) => (
            <option key={l} value={l} lang={htmlLang(l)}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </fieldset>

      <fieldset>
        <legend>{tp('opt_sites', lang)}</legend>
        <p class="hint">{tp('opt_sitesHint', lang)}</p>
        <form onSubmit={addSite}>
          <input
            type="text"
            name="newSite"
            placeholder="example.com"
            aria-label={tp('opt_site', lang)}
            value={newSite}
            onInput={(e) => setNewSite((e.target as HTMLInputElement).value)}
          />{' '}
          <button type="submit">{tp('opt_enable', lang)}</button>
        </form>
        {siteMessage && <p role="status">{siteMessage}</p>}
        <ul class="sites" aria-label={tp('opt_enabledSites', lang)}>
          {enabled.map((host) => (
            <li key={host}>
              {host}{' '}
              <button
                type="button"
                onClick={async () => {
                  await releaseSite(sitePattern(host));
                  setEnabled(enabled.filter((h) => h !== host));
                }}
              >
                {tp('opt_remove', lang)}
              </button>
            </li>
          ))}
        </ul>
        {disabled.length > 0 && (
          <>
            <p>{tp('opt_switchedOff', lang)}</p>
            <ul class="sites">
              {disabled.map((host) => (
                <li key={host}>
                  {host}{' '}
                  <button type="button" onClick={() => setDisabled(disabled.filter((h) => h !== host))}>
                    {tp('opt_switchBackOn', lang)}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </fieldset>
    </main>
  );
}
