import type { CslItem, DocumentType } from '../index/types';
import { type CalendarDate, calendarDateOf, parseIsoDate } from './dates';
import { englishPartyName } from './english-names';
import { type ClauseLocator, chineseLocator, clauseLocator, englishLocator } from './locator';
import { toChineseFullWidthPunctuation, withTextFragment } from './text-fragment';
import type { CitationInput, CitationLanguage } from './types';

/**
 * Everything the styles need, worked out once from the clause and its
 * document record, so that each style module only arranges the pieces.
 */
export interface CitationFacts {
  lang: CitationLanguage;
  documentType: DocumentType;
  /** The document's own (Chinese) title and its English translation. */
  title: string;
  titleEn: string;
  shortTitle: { zh: string; en: string };
  /** Authors as the record names them, and in English. Empty when unknown. */
  authors: string[];
  authorsEn: string[];
  place: { zh: string; en: string };
  publisher: { zh: string; en: string };
  issued: CalendarDate;
  accessed: CalendarDate;
  locator: ClauseLocator;
  /** 第十二条 / 第5段 / 序言. */
  locatorZh: string;
  /** "clause 12" / "para. 5" / "preamble". */
  locatorEn: string;
  clauseId: string;
  clauseText: string;
  /** An unofficial rendering quoted instead of the clause (plain and Markdown), with its note. */
  rendering?: { lang: 'en' | 'ru'; text: string; note: string };
  /**
   * The link a citation carries: the official page with a text fragment at
   * the clause when the record has an official URL, else the extension's
   * document page at the clause.
   */
  link: string;
  /** The extension's document page at the clause (always known). */
  documentUrl: string;
  hasOfficialUrl: boolean;
  csl: CslItem;
}

function authorName(author: NonNullable<CslItem['author']>[number]): string {
  if (author.literal !== undefined) return author.literal;
  return [author.family, author.given].filter((part) => part !== undefined && part !== '').join(' ');
}

function isChineseDocument(csl: CslItem, title: string): boolean {
  return csl.language?.toLowerCase().startsWith('zh') ?? /\p{Script=Han}/u.test(title);
}

export function citationFacts(input: CitationInput): CitationFacts {
  const { clause, document } = input;
  const locator = clauseLocator(clause);
  const authors = (document.csl.author ?? []).map(authorName).filter((name) => name !== '');
  // The text fragment must match the official page, which sets Chinese with
  // full-width punctuation.
  const fragmentText = isChineseDocument(document.csl, document.title)
    ? toChineseFullWidthPunctuation(clause.text)
    : clause.text;
  const officialUrl = document.url ?? document.csl.URL;
  return {
    lang: input.lang ?? 'en',
    documentType: document.type,
    title: document.title,
    titleEn: document.titleEn,
    shortTitle: document.shortTitle,
    authors,
    authorsEn: authors.map(englishPartyName),
    place: document.place,
    publisher: document.publisher,
    issued: parseIsoDate(document.date),
    accessed: calendarDateOf(input.accessed),
    locator,
    locatorZh: chineseLocator(locator),
    locatorEn: englishLocator(locator),
    clauseId: clause.id,
    clauseText: clause.text,
    ...(input.rendering ? { rendering: { ...input.rendering, note: renderingNote(input.rendering.lang, input.lang ?? 'en') } } : {}),
    link: officialUrl ? withTextFragment(officialUrl, fragmentText) : input.documentUrl,
    documentUrl: input.documentUrl,
    hasOfficialUrl: Boolean(officialUrl),
    csl: document.csl,
  };
}

/** How a citation marks a quoted rendering: unofficial, by whom, of what. */
export function renderingNote(rendering: 'en' | 'ru', lang: CitationLanguage): string {
  if (lang === 'zh') return `（${rendering === 'en' ? '英文' : '俄文'}非官方译文，ClauseLens 译自中文原文）`;
  return `(unofficial ${rendering === 'en' ? 'English' : 'Russian'} translation by ClauseLens of the Chinese original)`;
}

/**
 * The clause in quotation marks. Quotation marks inside it alternate, as both
 * Chinese and English usage want: “…‘…’…”.
 */
export function quoteClause(text: string): string {
  const swapped = text.replace(/[“”‘’]/g, (c) => ({ '“': '‘', '”': '’', '‘': '“', '’': '”' })[c] ?? c);
  return `“${swapped.trim()}”`;
}
