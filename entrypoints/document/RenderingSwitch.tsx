import { type Lang, type StringKey, t } from '../../components/i18n';
import type { ShownRendering } from '../../lib/document-view';

const CHOICES: Array<{ value: ShownRendering; label: StringKey }> = [
  { value: 'none', label: 'doc_renderingNone' },
  { value: 'en', label: 'doc_renderingEn' },
  { value: 'ru', label: 'doc_renderingRu' },
];

/** Chinese only, or with our English or Russian rendering under (on wide screens beside) each clause. */
export function RenderingSwitch(props: { lang: Lang; value: ShownRendering; onChange(next: ShownRendering): void }) {
  const { lang, value, onChange } = props;
  return (
    <fieldset class="rendering-switch">
      <legend>{t('doc_rendering', lang)}</legend>
      {CHOICES.map((choice) => (
        <label key={choice.value}>
          <input
            type="radio"
            name="rendering"
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          {t(choice.label, lang)}
        </label>
      ))}
      {value !== 'none' && <span class="hint">{t('doc_renderingNote', lang)}</span>}
    </fieldset>
  );
}
