import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';
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
}

export function OptionsPage({ requestSite, releaseSite }: OptionsPageProps) {
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

  const addSite = async (event: Event) => {
    event.preventDefault();
    const host = normaliseHost(newSite);
    if (!host) {
      setSiteMessage('请输入网站地址，如 example.com · Enter a site such as example.com');
      return;
    }
    const granted = await requestSite(sitePattern(host));
    if (!granted) {
      setSiteMessage(`未获授权 · Access to ${host} was not granted`);
      return;
    }
    setEnabled([...new Set([...enabled, host])]);
    setNewSite('');
    setSiteMessage(`已启用 · Enabled on ${host}`);
  };

  return (
    <main class="page options">
      <h1>原文速查 ClauseLens · 设置 Settings</h1>
      <p class="hint">更改即时生效，无需刷新页面。Changes apply at once, without reloading tabs.</p>

      <fieldset>
        <legend>引用 Citations</legend>
        <label>
          默认引用格式 Default citation style{' '}
          <select
            name="citationStyle"
            value={style}
            onChange={(e) => setStyle((e.target as HTMLSelectElement).value as CitationStyle)}
          >
            {CITATION_STYLES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name.zh} · {s.name.en}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      <fieldset>
        <legend>网页上的标记 Marks on pages</legend>
        <label>
          <input
            type="checkbox"
            name="highlightEnabled"
            checked={highlight}
            onChange={(e) => setHighlight((e.target as HTMLInputElement).checked)}
          />{' '}
          标出已找到出处的引语 Mark quotes whose source was found
        </label>
        <label>
          标记样式 Style{' '}
          <select
            name="highlightStyle"
            value={markStyle}
            onChange={(e) => setMarkStyle((e.target as HTMLSelectElement).value as HighlightStyleSetting)}
          >
            <option value="underline">波浪下划线 Wavy underline</option>
            <option value="background">底色 Background</option>
          </select>
        </label>
        <label>
          悬停多久打开卡片 Hover delay before the card opens (ms){' '}
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
        <legend>界面语言 Interface language</legend>
        <select
          name="uiLanguage"
          value={language}
          onChange={(e) => setLanguage((e.target as HTMLSelectElement).value as UiLanguageSetting)}
        >
          <option value="auto">跟随浏览器 Same as the browser</option>
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      </fieldset>

      <fieldset>
        <legend>在哪些网站运行 Where ClauseLens runs</legend>
        <p class="hint">
          默认在主要新闻和政府网站运行。其他网站需要您授权后才会运行。
          <br />
          By default it runs on major news and government sites. Other sites need your permission first.
        </p>
        <form onSubmit={addSite}>
          <input
            type="text"
            name="newSite"
            placeholder="example.com"
            aria-label="网站 Site"
            value={newSite}
            onInput={(e) => setNewSite((e.target as HTMLInputElement).value)}
          />{' '}
          <button type="submit">启用 Enable</button>
        </form>
        {siteMessage && <p role="status">{siteMessage}</p>}
        <ul class="sites" aria-label="已启用的网站 Enabled sites">
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
                移除 Remove
              </button>
            </li>
          ))}
        </ul>
        {disabled.length > 0 && (
          <>
            <p>已关闭的网站 Switched off on:</p>
            <ul class="sites">
              {disabled.map((host) => (
                <li key={host}>
                  {host}{' '}
                  <button type="button" onClick={() => setDisabled(disabled.filter((h) => h !== host))}>
                    重新开启 Switch back on
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
