/**
 * The shape of `data/generated/clause-index.json`, shared by the builder, the
 * matcher, the extension and the command line. Field names are a contract with
 * outside tools: add fields, never rename them.
 */

/** UTF-16 offsets into one raw source file, end exclusive. */
export interface SourceSpan {
  file: string;
  start: number;
  end: number;
}

/** A defect of the source made visible on a clause; `kind` is stable, `note` is for people. */
export interface ClauseFlag {
  kind: ClauseFlagKind;
  note: string;
  /** Offsets inside the clause text the flag is about, when it is about one place. */
  start?: number;
  end?: number;
  /** Another clause the flag refers to (a repeat, a shared run). */
  otherClauseId?: string;
}

export type ClauseFlagKind =
  | 'truncated' // ends mid-sentence in the source
  | 'rejoined' // rebuilt from paragraphs split by a page or column break
  | 'tail-joined' // an orphan tail fragment found elsewhere was joined back
  | 'repeats-other-clause' // its text repeats another clause under a different number
  | 'shared-run' // shares a long run of text with another paragraph: likely corruption
  | 'stray-latin' // Latin word inside Chinese text
  | 'doubled-char' // a character doubled by mistake
  | 'unplaced' // could not be placed in a document with confidence
  | 'relocated' // printed among another document's paragraphs, placed in its own by evidence
  | 'incomplete-document'; // its document is only partly in the source

export type ClauseKind = 'preamble' | 'numbered' | 'paragraph' | 'fragment';

export interface Clause {
  /** Stable across rebuilds: derived from the document id and the label. */
  id: string;
  docId: string;
  /** 1-based position in the document. */
  ordinal: number;
  /** 一、 style numeral, 序言 for a preamble, 第5段 for an unnumbered paragraph. */
  label: string;
  kind: ClauseKind;
  text: string;
  sources: SourceSpan[];
  flags: ClauseFlag[];
  /** Section numeral printed above it (a lone `## 十`), when the document is printed in numbered sections. */
  section?: string;
  /**
   * Unofficial renderings written for this project (data/translations/), one per
   * language, faithful to `text`. Present on every clause when the index was
   * built with translations; shown labelled "unofficial translation".
   */
  renderings?: ClauseRenderings;
  /**
   * Each rendering's sentences and phrases paired with the clause's, in order
   * (lib/match/crosslingual/alignment.ts gives the format): what a
   * cross-language card marks in the Chinese.
   */
  alignment?: Partial<Record<RenderingLang, string>>;
}

/** Languages the clauses are rendered in, besides their Chinese original. */
export type RenderingLang = 'en' | 'ru';

export type ClauseRenderings = Record<RenderingLang, string>;

/**
 * A distinctive term of the statements (data/glossary.json) with the English and
 * Russian forms news and official translations use, resolved to the clauses whose
 * Chinese text holds it.
 */
export interface GlossaryEntry {
  id: string;
  /** Chinese forms as the clauses print them. */
  zh: string[];
  en: string[];
  ru: string[];
  /** Clauses whose text holds one of the Chinese forms, in index order. */
  clauseIds: string[];
  /** Some clause prints the term inside quotation marks: it is borrowed, and quoted elsewhere too. */
  quoted: boolean;
}

export type DocumentType = 'joint-statement' | 'news-report';

/** CSL-JSON item (subset we fill in). */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  'title-short'?: string;
  language?: string;
  author?: Array<{ literal?: string; family?: string; given?: string }>;
  publisher?: string;
  'publisher-place'?: string;
  'event-place'?: string;
  issued: { 'date-parts': number[][] };
  URL?: string;
  [key: string]: unknown;
}

export interface DocumentRecord {
  id: string;
  title: string;
  titleEn: string;
  shortTitle: { zh: string; en: string; ru?: string };
  date: string; // ISO yyyy-mm-dd
  place: { zh: string; en: string; ru?: string };
  publisher: { zh: string; en: string; ru?: string };
  type: DocumentType;
  /** True when the source holds only part of the document. */
  incomplete: boolean;
  /** The heading text as it appears in the source (how the parser finds it). */
  heading?: string;
  url?: string;
  csl: CslItem;
  clauseCount: number;
  /** Other names news uses for the document, per language (evidence that a page is about it). */
  names?: Partial<Record<'zh' | 'en' | 'ru', string[]>>;
  /** The parties to the document, each with the names news gives it. */
  parties?: Array<Partial<Record<'zh' | 'en' | 'ru', string[]>>>;
  /** Clause numbers the source does not hold (lost, or printed with another clause's text). */
  missingLabels?: string[];
  /** For people: what the source does to this document (misplaced closing, repeats…). */
  sourceNotes?: string[];
}

export type ExclusionReason =
  | 'heading'
  | 'page-marker'
  | 'section-numeral'
  | 'dateline'
  | 'date-line'
  | 'signature'
  | 'duplicate'
  | 'not-a-clause';

export interface Exclusion extends SourceSpan {
  reason: ExclusionReason;
  /** For people: why this span is not a clause. */
  note: string;
  /** When reason is 'duplicate': the clause this span repeats. */
  duplicateOf?: string;
  /** The document the span belongs to, when it is one's heading, closing or repeat. */
  docId?: string;
}

export interface ClauseIndex {
  schemaVersion: number;
  builtFrom: { files: Array<{ file: string; sha256: string }> };
  documents: DocumentRecord[];
  clauses: Clause[];
  excluded: Exclusion[];
  /** Matching data (postings, character fold), owned by lib/match. */
  match?: unknown;
  /** Prebuilt popup search index, owned by the popup search. */
  search?: unknown;
  /** Distinctive terms with their English and Russian forms (when built with data/glossary.json). */
  glossary?: GlossaryEntry[];
  /** Stop words and synonym groups for English and Russian matching (with the renderings). */
  lexicon?: unknown;
  /** What the evidence model reads: cues, names, word frequencies, weights (lib/match/evidence/data.ts). */
  evidence?: unknown;
}
