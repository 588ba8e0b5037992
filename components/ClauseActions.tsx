import { useEffect, useState } from 'preact/hooks';
import { inLang, type Lang, t } from './i18n';
import { tp } from './page-i18n';
import { CITATION_STYLES } from '../lib/cite';
import { clauseCopyText } from '../lib/cite/clause-copy';
import type { Clause, DocumentRecord } from '../lib/index/types';
import { citeClause, documentPageUrl } from '../utils/cite-clause';
import { copyToClipboard } from '../utils/clipboard';
import { type CitationStyle, citationStyle } from '../utils/settings';

/** The whole clause's copy buttons: a citation in a chosen style, the clause itself, the document. */
export function ClauseActions({
  clause,
  document: doc,
  lang,
  chooseStyle = true,
  linkToDocument = true,
}: {
  clause: Clause;
  document: DocumentRecord;
  lang: Lang;
  /** Offer a style menu here; where a page has one menu for all clauses, it follows the default. */
  chooseStyle?: boolean;
  /** Link to the clause in the document page (not on the document page itself). */
  linkToDocument?: boolean;
}) {
  const [style, setStyle] = useState<CitationStyle>('gbt7714');
  const [status, setStatus] = useState('');
  useEffect(() => {
    void citationStyle.getValue().then(setStyle);
    return citationStyle.watch(setStyle);
  }, []);

  const copy = (what: 'citation' | 'clause') => {
    const { text, html } =
      what === 'citation'
        ? citeClause({ clause, document: doc }, lang, style)
        : { text: clauseCopyText(clause, lang), html: undefined };
    void copyToClipboard(text, html).then((ok) => setStatus(t(ok ? 'copied' : 'copyFailed', lang)));
  };

  return (
    <div class="clause-actions">
      {chooseStyle && (
        <CitationStyleSelect lang={lang} value={style} onChange={setStyle} />
      )}
      <button type="button" data-action="copy-citation" onClick={() => copy('citation')}>
        {t('copyCitation', lang)}
      </button>
      <button type="button" data-action="copy-clause" onClick={() => copy('clause')}>
        {t('copyClause', lang)}
      </button>
      {linkToDocument && (
        <a href={documentPageUrl(clause.id)} target="_blank" rel="noreferrer">
          {t('openDocument', lang)}
        </a>
      )}
      <span class="status" role="status">
        {status}
      </span>
    </div>
  );
}

export function CitationStyleSelect({
  lang,
  value,
  onChange,
}: {
  lang: Lang;
  value: CitationStyle;
  onChange(style: CitationStyle): void;
}) {
  return (
    <select
      aria-label={tp('citationStyle', lang)}
      value={value}
      onChange={(e) => onChange((e.target as HTMLSelectElement).value as CitationStyle)}
    >
      {CITATION_STYLES.map((s) => (
        <option key={s.id} value={s.id}>
          {inLang(s.name, lang)}
        </option>
      ))}
    </select>
  );
}
