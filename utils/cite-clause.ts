import type { CardModel } from '../components/Card';
import type { Lang } from '../components/i18n';
import { formatCitation } from '../lib/cite';
import { type CitationStyle, citationStyle } from './settings';

// Kept in memory so that a copy can happen synchronously inside the click handler.
let style: CitationStyle = 'gbt7714';
void citationStyle.getValue().then((value) => {
  style = value;
});
citationStyle.watch((value) => {
  style = value;
});

export function documentPageUrl(clauseId: string): string {
  return `${browser.runtime.getURL('/document.html')}#${encodeURIComponent(clauseId)}`;
}

/**
 * The language a citation is written in for a reader of `lang`: the styles are
 * written in Chinese or English, and a Russian reader gets the English ones.
 */
export function citationLanguage(lang: Lang): 'zh' | 'en' {
  return lang === 'zh' ? 'zh' : 'en';
}

/**
 * The clause's citation in the reader's default style (or `chosen`), as text and HTML,
 * in the reader's interface language (the language of the text they paste it into).
 */
export function citeClause(
  model: Pick<CardModel, 'clause' | 'document'>,
  lang: Lang,
  chosen: CitationStyle = style,
  rendering?: { lang: 'en' | 'ru'; text: string },
) {
  return formatCitation(chosen, {
    lang: citationLanguage(lang),
    rendering,
    clause: model.clause,
    document: model.document,
    documentUrl: documentPageUrl(model.clause.id),
    accessed: new Date(),
  });
}
