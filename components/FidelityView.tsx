import type { JSX } from 'preact';
import { compareInline, type Fidelity } from '../lib/clauselens';
import { flagWords, type Lang, type StringKey, t } from './i18n';

/** Words a screen reader says before a marked stretch, since colour says nothing to it. */
function Said({ children }: { children: string }) {
  return <span class="sr-only">{children}</span>;
}

/** A marked stretch: its shape shows the kind of change, its hidden words say it. */
function Edit({ tag: Tag, class: className, label, children }: { tag: 'ins' | 'del' | 'span'; class: string; label: string; children: string }) {
  return (
    <Tag class={className}>
      <Said>{`[${label}: `}</Said>
      {children}
      <Said>]</Said>
    </Tag>
  );
}

/**
 * The verdict in words and, when the quote differs, the quote as the article has it
 * with each difference marked: added text underlined, missing text struck through,
 * replaced text as both, omissions as [… …]. Marked by shape and by words for screen
 * readers, never by colour alone.
 */
export function FidelityView({ quote, fidelity, lang }: { quote: string; fidelity: Fidelity; lang: Lang }) {
  const showComparison = fidelity.verdict === 'altered' || fidelity.verdict === 'abridged';
  const defects = fidelity.edits.filter((e) => e.sourceDefect);
  const parts: JSX.Element[] = showComparison
    ? compareInline(quote, fidelity).map((part, i) => {
        switch (part.kind) {
          case 'same':
            return <span key={i}>{part.text}</span>;
          case 'added':
            return (
              <Edit key={i} tag="ins" class="added" label={t('edit_added', lang)}>
                {part.text}
              </Edit>
            );
          case 'dropped':
            return (
              <Edit key={i} tag="del" class="dropped" label={t('edit_dropped', lang)}>
                {part.text}
              </Edit>
            );
          case 'replaced':
            return (
              <span key={i} class="replaced">
                <ins class="added">{part.quote}</ins>
                <Edit tag="del" class="dropped" label={t('edit_replaced', lang)}>
                  {part.source}
                </Edit>
              </span>
            );
          case 'omitted':
            return (
              <span key={i} class="omitted" title={part.source}>
                {part.quote || '…'}
                <Said>{`[${t('edit_omitted', lang)}: ${part.source}]`}</Said>
              </span>
            );
          case 'reordered':
            return (
              <Edit key={i} tag="span" class="reordered" label={t('edit_reordered', lang)}>
                {part.text}
              </Edit>
            );
          default:
            return <span key={i} />;
        }
      })
    : [];
  return (
    <section class={`fidelity ${fidelity.verdict}`} data-verdict={fidelity.verdict} aria-label={t('fidelity', lang)}>
      <p class="verdict">{t(`verdict_${fidelity.verdict}` as StringKey, lang)}</p>
      {showComparison && parts.length > 0 && <p class="comparison">{parts}</p>}
      {defects.length > 0 && (
        <p class="defect">
          ⚠ {t('sourceDefect', lang)}
          {defects[0]?.sourceDefect ? ` (${flagWords(defects[0].sourceDefect.kind, lang)})` : ''}
        </p>
      )}
    </section>
  );
}
