/**
 * Citations of one clause in every style the extension offers. Pure: no
 * browser or Node APIs, so the popup, the document page and the background
 * can all call it, and tests pin every output.
 */
import { citationFacts } from './facts';
import { formatApa } from './formats/apa';
import { formatBibtex } from './formats/bibtex';
import { formatChicagoBibliography, formatChicagoNote } from './formats/chicago';
import { formatCslJson } from './formats/csl-json';
import { formatGbt7714 } from './formats/gbt7714';
import { formatMarkdown } from './formats/markdown';
import { formatMla } from './formats/mla';
import { formatPlain } from './formats/plain';
import { formatRis } from './formats/ris';
import type { Citation, CitationInput, CitationStyleId } from './types';

export type { Citation, CitationInput, CitationLanguage, CitationStyleId } from './types';
export { chineseNumeralToNumber } from '../text/chinese-numerals';
export { encodeTextDirectiveValue, textDirective, withTextFragment } from './text-fragment';

export interface CitationStyle {
  id: CitationStyleId;
  /** Russian where the name is not the same as the English. */
  name: { zh: string; en: string; ru?: string };
}

/** In the order a settings list shows them. */
export const CITATION_STYLES: readonly CitationStyle[] = [
  { id: 'gbt7714', name: { zh: 'GB/T 7714—2015（国家标准）', en: 'GB/T 7714-2015 (Chinese national standard)', ru: 'GB/T 7714-2015 (стандарт КНР)' } },
  { id: 'apa', name: { zh: 'APA 第7版', en: 'APA 7th edition', ru: 'APA, 7-е изд.' } },
  { id: 'mla', name: { zh: 'MLA 第9版', en: 'MLA 9th edition', ru: 'MLA, 9-е изд.' } },
  { id: 'chicago-note', name: { zh: '芝加哥第17版（脚注）', en: 'Chicago 17th edition (note)', ru: 'Чикагский стиль, 17-е изд. (сноска)' } },
  { id: 'chicago-bib', name: { zh: '芝加哥第17版（参考文献）', en: 'Chicago 17th edition (bibliography)', ru: 'Чикагский стиль, 17-е изд. (список литературы)' } },
  { id: 'bibtex', name: { zh: 'BibTeX（biblatex）', en: 'BibTeX (biblatex)' } },
  { id: 'ris', name: { zh: 'RIS', en: 'RIS' } },
  { id: 'csl-json', name: { zh: 'CSL-JSON', en: 'CSL-JSON' } },
  { id: 'markdown', name: { zh: 'Markdown', en: 'Markdown' } },
  { id: 'plain', name: { zh: '纯文本（附引文）', en: 'Plain text with quotation', ru: 'Простой текст с цитатой' } },
];

export function formatCitation(style: CitationStyleId, input: CitationInput): Citation {
  const facts = citationFacts(input);
  const documentType = input.document.type;
  switch (style) {
    case 'gbt7714':
      return formatGbt7714(facts);
    case 'apa':
      return formatApa(facts);
    case 'mla':
      return formatMla(facts);
    case 'chicago-note':
      return formatChicagoNote(facts);
    case 'chicago-bib':
      return formatChicagoBibliography(facts);
    case 'bibtex':
      return formatBibtex(facts);
    case 'ris':
      return formatRis(facts, documentType);
    case 'csl-json':
      return formatCslJson(facts);
    case 'markdown':
      return formatMarkdown(facts);
    case 'plain':
      return formatPlain(facts);
  }
}
