import { useEffect, useState } from 'preact/hooks';
import { type CitationStyle, citationStyle, highlightEnabled, hoverDelayMs } from '../../utils/settings';

const STYLES: Array<[CitationStyle, string]> = [
  ['gbt7714', 'GB/T 7714-2015'],
  ['apa', 'APA 7'],
  ['mla', 'MLA 9'],
  ['chicago-note', 'Chicago 17 (note)'],
  ['chicago-bib', 'Chicago 17 (bibliography)'],
  ['bibtex', 'BibTeX'],
  ['ris', 'RIS'],
  ['csl-json', 'CSL-JSON'],
  ['markdown', 'Markdown'],
  ['plain', 'Plain text'],
];

export function OptionsPage() {
  const [style, setStyle] = useState<CitationStyle>('gbt7714');
  const [highlight, setHighlight] = useState(true);
  const [delay, setDelay] = useState(350);

  useEffect(() => {
    void citationStyle.getValue().then(setStyle);
    void highlightEnabled.getValue().then(setHighlight);
    void hoverDelayMs.getValue().then(setDelay);
  }, []);

  return (
    <main class="page options">
      <h1>原文速查 ClauseLens · 设置 Settings</h1>
      <label>
        默认引用格式 Default citation style{' '}
        <select
          name="citationStyle"
          value={style}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value as CitationStyle;
            setStyle(v);
            void citationStyle.setValue(v);
          }}
        >
          {STYLES.map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          name="highlightEnabled"
          checked={highlight}
          onChange={(e) => {
            const v = (e.target as HTMLInputElement).checked;
            setHighlight(v);
            void highlightEnabled.setValue(v);
          }}
        />{' '}
        在网页上标出引语 Underline matched quotes on pages
      </label>
      <label>
        悬停延迟 Hover delay (ms){' '}
        <input
          type="number"
          name="hoverDelayMs"
          min={0}
          max={2000}
          step={50}
          value={delay}
          onChange={(e) => {
            const v = Number((e.target as HTMLInputElement).value);
            if (Number.isFinite(v) && v >= 0) {
              setDelay(v);
              void hoverDelayMs.setValue(v);
            }
          }}
        />
      </label>
    </main>
  );
}
