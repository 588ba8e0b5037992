/**
 * Quote fidelity: whether an article quoted its source faithfully, and where it
 * differs. Computed for an accepted match from the character alignment of the
 * quote with the matched span of the clause (and of the clauses it runs into).
 *
 * Verdicts, strongest first (the first that applies wins):
 * - `translated`: a cross-language match; no wording verdict applies, no edits.
 * - `altered`: the article adds, drops or replaces characters (in matching
 *   form), or puts pieces of the clause out of order. Each change is an edit.
 *   A quote both altered and abridged is `altered`, and its edits list the
 *   omissions too (kind `omitted`).
 * - `abridged`: the quote is pieces of the clause in order with text left out
 *   between them: marked by an ellipsis, or unmarked. An unmarked gap is a run
 *   of at least 2 characters (matching form) the quote leaves out that is a
 *   whole punctuated unit of the source: punctuation (or the clause's edge) on
 *   both sides of it in the source. Any other missing text is `dropped` and the
 *   quote is `altered`. Text missing at the edges of a quote (or of a piece
 *   between ellipses) is never an edit: a quote is an excerpt.
 * - `form`: the same characters, differing only in punctuation (marks added,
 *   removed or changed, an ellipsis where nothing is left out), in script
 *   (traditional and variant forms, as folded by the index, plus the few the
 *   fold misses: fidelity/variants.ts) or in letter case.
 * - `verbatim`: the same characters and punctuation. Whitespace never counts,
 *   and neither do full-width/half-width variants of the same character (equal
 *   under Unicode NFKC): our source prints Chinese punctuation half-width
 *   (`,` for `，`), so width says nothing about the article. Quotation marks
 *   count as one mark (a quote inside a quote turns “” into ‘’), and a sentence
 *   end mark closing the whole quote (`。`, `.`, `!`, `?`) is not a difference.
 *   An ellipsis at the very start or end of a quote is not a difference either.
 *
 * Honesty about our source: an edit at a place the clause carries a source flag
 * (a defect of the scrape: a doubled character, a stray Latin word, a clause
 * truncated in the source, a corrupted run) carries `sourceDefect`. When the
 * defect accounts for the edit (`explains`: the article lacks one of the
 * doubled characters; it has something else, or nothing, where our source has
 * a stray Latin word; it goes on where our source is cut off), the edit is still
 * listed but does not count towards the verdict: a quote differing from our
 * copy only where our copy is known to be wrong gets the verdict it would get
 * against a correct copy. Flags elsewhere in the clause, flags without a place,
 * and omissions the article marks with an ellipsis are not attributed.
 *
 * Edits come from a character alignment (Levenshtein, in matching form) of each
 * piece with the matched span, mapped back to raw offsets; adjacent character
 * edits form one run, and two runs one common character apart are one edit
 * ("切实保护" for "保障"). Where the matcher's span explains the quote with
 * several edits, a wider alignment that may leave out whole punctuated units is
 * tried too and kept when it is better by at least one whole edit.
 *
 * Offsets: `quoteStart`/`quoteEnd` are in the match's raw quote,
 * `sourceStart`/`sourceEnd` in the raw text of the clause `clauseId`, end
 * exclusive; `quote` and `source` are exactly those slices. An empty range is a
 * position (where the source's text would go in the quote, and the reverse).
 */
import type { Clause, ClauseFlag, ClauseFlagKind } from '../index/types';
import type { NormalizedText, Normalizer } from '../text/normalize';
import {
  ADD,
  type Alignment,
  alignPiece,
  DROP,
  EDIT_COST,
  GAP,
  GAP_COST,
  identity,
  MATCH,
  MIN_GAP,
  type Step,
  SUBSTITUTE,
  SUBSTITUTE_COST,
} from './fidelity/align';
import { VARIANTS } from './fidelity/variants';
import type { PieceAlignment } from './types';

export type FidelityVerdict = 'verbatim' | 'form' | 'abridged' | 'altered' | 'translated';

export type FidelityEditKind =
  | 'added' // only the article has this text
  | 'dropped' // only the source has this text (left out without a mark, not a whole unit)
  | 'replaced' // the article has other text in the place of the source's
  | 'omitted' // text left out between pieces in order: marked by an ellipsis, or a whole unmarked unit
  | 'reordered'; // a piece of the quote that comes before the previous piece in the source

/** What differs in a `form` verdict (also listed, for information, with the other verdicts). */
export type FormDifference = 'punctuation' | 'script' | 'case';

export interface SourceDefect {
  kind: ClauseFlagKind;
  /** The flag's note, for people. */
  note: string;
  /** The defect accounts for the edit: the edit does not count towards the verdict. */
  explains: boolean;
}

export interface FidelityEdit {
  kind: FidelityEditKind;
  /** What the article has: `quote.slice(quoteStart, quoteEnd)` (for `omitted`, the ellipsis, or empty). */
  quote: string;
  /** What the source has: `clause.text.slice(sourceStart, sourceEnd)`. */
  source: string;
  /** Offsets in the raw quote, end exclusive. */
  quoteStart: number;
  quoteEnd: number;
  /** Offsets in the raw text of clause `clauseId`, end exclusive. */
  sourceStart: number;
  sourceEnd: number;
  /** The clause the source offsets are in: the match's clause, or one the quote runs into. */
  clauseId: string;
  /** For `omitted`: whether an ellipsis in the quote marks the gap. */
  marked?: boolean;
  /** The clause's source flag at this place, when it has one. */
  sourceDefect?: SourceDefect;
}

export interface Fidelity {
  verdict: FidelityVerdict;
  /** In quote order. Empty for `verbatim` (unless a source defect explains an edit), `form` and `translated`. */
  edits: FidelityEdit[];
  /** The kinds of form difference seen, sorted; empty for `verbatim` and `translated`. */
  differences: FormDifference[];
  /**
   * The stretches of clause text the quote renders, one per piece in quote
   * order (split where a piece runs into the next clause), raw offsets, end
   * exclusive. Usually the match's pieces; may reach further when text left
   * out without a mark explains the quote better than the matcher's span.
   */
  spans: Array<{ clauseId: string; start: number; end: number }>;
}

/** What fidelity needs of a match (an annotateText match or a matchQuote result with its quote). */
export interface FidelityMatch {
  quote: string;
  clauseId: string;
  pieces: ReadonlyArray<PieceAlignment>;
  continuesIn?: ReadonlyArray<string>;
  errors?: number;
  /** How the match was made: 'cross-language' means no wording verdict applies. */
  method?: string;
  /** Language of the quote, when known: anything but 'zh' means a translation. */
  lang?: string;
}

export type FidelityClause = Pick<Clause, 'id' | 'text'> & { docId?: string; flags?: ReadonlyArray<ClauseFlag> };

/** The clauses and normaliser fidelity works with; caches clause forms. */
export interface FidelitySource {
  readonly normalizer: Normalizer;
  clause(id: string): FidelityClause | undefined;
  /** Position in index order, −1 when unknown. */
  order(id: string): number;
  form(id: string): NormalizedText;
}

export function createFidelitySource(normalizer: Normalizer, clauses: ReadonlyArray<FidelityClause>): FidelitySource {
  const byId = new Map(clauses.map((clause, i) => [clause.id, { clause, order: i }]));
  const forms = new Map<string, NormalizedText>();
  return {
    normalizer,
    clause: (id) => byId.get(id)?.clause,
    order: (id) => byId.get(id)?.order ?? -1,
    form(id) {
      let form = forms.get(id);
      if (!form) {
        form = normalizer.normalize(byId.get(id)?.clause.text ?? '');
        forms.set(id, form);
      }
      return form;
    },
  };
}

/** A cross-language match: `method` 'cross-language', or a quote language other than Chinese. */
export function isTranslated(match: Pick<FidelityMatch, 'method' | 'lang'>): boolean {
  return match.method === 'cross-language' || (typeof match.lang === 'string' && match.lang !== '' && match.lang !== 'zh');
}

/** When fidelity cannot be worked out (it should not happen): the least that the match itself says. */
export function fallbackFidelity(match: Pick<FidelityMatch, 'errors' | 'method' | 'lang'>): Fidelity {
  if (isTranslated(match)) return { verdict: 'translated', edits: [], differences: [], spans: [] };
  return { verdict: (match.errors ?? 1) === 0 ? 'form' : 'altered', edits: [], differences: [], spans: [] };
}

// The same ellipses as the matcher's piece splitting (pieces.ts): …… (Chinese),
// … and ... (Latin), 。。。 and ．．． typed by hand, ⋯, optionally in brackets.
const ELLIPSIS = /[[(（【]?\s*(?:[…⋯]+|\.{3,}|(?:\. ){2,}\.|。{3,}|．{3,}|[·・]{3,})\s*[\])）】]?/gu;

const QUOTE_MARKS = /["'“”‘’「」『』〝〞〟„‚‹›«»﹁﹂﹃﹄]/gu;
const IGNORED = /[\s\p{Cc}\p{Cf}]/gu;
const SENTENCE_END = new Set(['。', '.', '!', '?', '｡']);
const PUNCTUATION = /\p{P}/u;

/** Punctuation as compared: no whitespace, one width, one quotation mark. */
function canonical(text: string): string {
  return text.normalize('NFKC').replace(IGNORED, '').replace(QUOTE_MARKS, '"');
}

interface Segment {
  /** Raw offsets in the quote. */
  start: number;
  end: number;
  /** Matching form, offsets mapped to the whole quote. */
  form: NormalizedText;
}

interface Part {
  clause: FidelityClause;
  form: NormalizedText;
  /** Offset of this clause's form in the joined text. */
  offset: number;
}

/** The match's clause and the clauses the quote runs into, in index order, their forms joined. */
interface Joined {
  parts: Part[];
  text: string;
  main: number;
}

interface Placed {
  segment: Segment;
  steps: Step[];
  /** Span in the joined text, end exclusive. */
  from: number;
  to: number;
}

interface Point {
  part: number;
  at: number;
}

/** Fidelity of one match. Never throws on odd input; see the file comment for the rules. */
export function computeFidelity(source: FidelitySource, match: FidelityMatch): Fidelity {
  if (isTranslated(match)) return { verdict: 'translated', edits: [], differences: [], spans: [] };
  const joined = joinClauses(source, match);
  if (!joined) return fallbackFidelity(match);
  return new FidelityRun(source, match, joined).run();
}

function joinClauses(source: FidelitySource, match: FidelityMatch): Joined | null {
  const main = source.clause(match.clauseId);
  if (!main) return null;
  // Only clauses of the same document: a quote running past the end of its
  // clause into the next document's first clause is text our source lacks.
  const sameDocument = (id: string) => {
    const other = source.clause(id);
    return other !== undefined && id !== match.clauseId && (other.docId === undefined || other.docId === main.docId);
  };
  const ids = [match.clauseId, ...(match.continuesIn ?? []).filter(sameDocument)];
  ids.sort((a, b) => source.order(a) - source.order(b));
  const parts: Part[] = [];
  let offset = 0;
  let text = '';
  for (const id of ids) {
    const clause = source.clause(id) as FidelityClause;
    const form = source.form(id);
    parts.push({ clause, form, offset });
    offset += form.text.length;
    text += form.text;
  }
  return { parts, text, main: ids.indexOf(match.clauseId) };
}

function splitQuote(quote: string, normalizer: Normalizer): { segments: Segment[]; ellipses: Array<{ start: number; end: number }> } {
  const segments: Segment[] = [];
  const ellipses: Array<{ start: number; end: number }> = [];
  let from = 0;
  const add = (to: number) => {
    const form = normalizer.normalize(quote.slice(from, to));
    segments.push({ start: from, end: to, form: shift(form, from) });
  };
  for (const ellipsis of quote.matchAll(ELLIPSIS)) {
    add(ellipsis.index);
    from = ellipsis.index + ellipsis[0].length;
    ellipses.push({ start: ellipsis.index, end: from });
  }
  add(quote.length);
  return { segments, ellipses };
}

function shift(form: NormalizedText, by: number): NormalizedText {
  if (by === 0) return form;
  return { text: form.text, starts: form.starts.map((o) => o + by), ends: form.ends.map((o) => o + by) };
}

/** First index whose value is ≥ target in a non-decreasing array. */
function lowerBound(values: Int32Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class FidelityRun {
  private readonly edits: FidelityEdit[] = [];
  private readonly differences = new Set<FormDifference>();
  private readonly spans: Fidelity['spans'] = [];
  private readonly quote: string;

  constructor(
    private readonly source: FidelitySource,
    private readonly match: FidelityMatch,
    private readonly joined: Joined,
  ) {
    this.quote = match.quote;
  }

  run(): Fidelity {
    const { segments, ellipses } = splitQuote(this.quote, this.source.normalizer);
    const placed: Array<Placed | null> = segments.map((segment) => this.placeByMatcher(segment));
    // Pieces the matcher left out (too short to search, or not found): look for
    // them between their neighbours; what is not there, only the article has.
    segments.forEach((segment, i) => {
      if (placed[i] || segment.form.text.length === 0) return;
      placed[i] = this.placeBetween(segment, placed, i);
    });
    const content = segments.map((segment, i) => ({ segment, placed: placed[i] ?? null })).filter((s) => s.segment.form.text.length > 0);
    const lastContent = content[content.length - 1]?.segment;
    let previous: Placed | null = null;
    for (const { segment, placed: piece } of content) {
      if (!piece) {
        this.unplaced(segment, previous);
        continue;
      }
      if (previous && piece.from < previous.to) {
        this.reordered(piece);
        continue;
      }
      if (previous) this.between(previous, piece, ellipses);
      this.inside(piece, segment === lastContent);
      this.addSpan(piece);
      previous = piece;
    }
    this.attributeDefects();
    this.edits.sort((a, b) => a.quoteStart - b.quoteStart || a.quoteEnd - b.quoteEnd);
    return { verdict: this.verdict(), edits: this.edits, differences: [...this.differences].sort(), spans: this.spans };
  }

  private addSpan(piece: Placed): void {
    let k = piece.from;
    while (k < piece.to) {
      const { part } = this.locate(k);
      const p = this.joined.parts[part] as Part;
      const end = Math.min(piece.to, p.offset + p.form.text.length);
      this.spans.push({ clauseId: p.clause.id, start: p.form.starts[k - p.offset] ?? 0, end: p.form.ends[end - 1 - p.offset] ?? 0 });
      k = end;
    }
  }

  private verdict(): FidelityVerdict {
    const counted = this.edits.filter((edit) => !edit.sourceDefect?.explains);
    if (counted.some((edit) => edit.kind !== 'omitted')) return 'altered';
    if (counted.length > 0) return 'abridged';
    return this.differences.size > 0 ? 'form' : 'verbatim';
  }

  // ----- placement -----

  private placeByMatcher(segment: Segment): Placed | null {
    const piece = this.match.pieces.find((p) => p.quoteStart === segment.start && p.quoteEnd === segment.end);
    if (!piece || segment.form.text.length === 0) return null;
    const partIndex = this.joined.parts.findIndex((part) => part.clause.id === piece.clauseId);
    const part = this.joined.parts[partIndex];
    if (!part) return null;
    const { text, parts } = this.joined;
    const first = lowerBound(part.form.starts, piece.clauseStart);
    const last = Math.max(first, lowerBound(part.form.ends, piece.clauseEnd + 1));
    const coreFrom = part.offset + first;
    const coreTo = part.offset + last;
    const before = partIndex > 0 && first === 0;
    const after = partIndex < parts.length - 1 && last === part.form.text.length;
    let from = coreFrom;
    let to = coreTo;
    let freeStart = 0;
    let freeEnd = coreTo - coreFrom;
    if (coreFrom === coreTo) {
      // Clipped away entirely: the piece lies in a clause the quote runs into.
      if (after) to = text.length;
      else if (before) from = 0;
      else return null;
      freeStart = to - from;
      freeEnd = 0;
    } else {
      if (before) {
        from = 0;
        freeStart = coreFrom;
      }
      if (after) to = text.length;
      freeEnd = coreTo - from;
    }
    const form = segment.form.text;
    if (freeStart === 0 && freeEnd === to - from && text.slice(from, to) === form) {
      return this.toPlaced(segment, identity(form.length), from);
    }
    const startsFree = { from, to: from + freeStart };
    const endsFree = { from: from + freeEnd, to };
    const near = this.alignWithin(segment, from, to, startsFree, endsFree);
    if (!near) return this.coarse(segment, from, to);
    // One edit or none: no other placement can be better by a whole edit.
    if (explanationCost(near.steps) < 2 * EDIT_COST) return near;
    // Edits: see whether the piece is better explained a little further out,
    // with whole units left out (the matcher counts a phrase left out as that
    // many edits, and may then prefer a span with fewer, wrong, replacements).
    const wideFrom = Math.max(0, from - form.length);
    const wideTo = Math.min(text.length, to + form.length);
    const wide = this.alignWithin(segment, wideFrom, wideTo, startsFree, endsFree);
    // Only a clearly better explanation (by a whole edit) moves the piece off the matcher's span.
    return wide && explanationCost(wide.steps) + EDIT_COST <= explanationCost(near.steps) ? wide : near;
  }

  /**
   * The piece aligned in joined-text [from, to): it may start anywhere in
   * `startsFree` and end anywhere in `endsFree` (both inclusive), or at a
   * boundary between punctuated units (so that text only the quote has beyond
   * the end of a sentence reads as added, not as replacing the next sentence).
   */
  private alignWithin(
    segment: Segment,
    from: number,
    to: number,
    startsFree: { from: number; to: number },
    endsFree: { from: number; to: number },
  ): Placed | null {
    const boundaries = this.boundaries(from, to);
    const starts = boundaries.slice();
    const ends = boundaries.slice();
    for (let k = Math.max(from, startsFree.from); k <= Math.min(to, startsFree.to); k++) starts[k - from] = 1;
    for (let k = Math.max(from, endsFree.from); k <= Math.min(to, endsFree.to); k++) ends[k - from] = 1;
    const alignment = alignPiece(segment.form.text, this.joined.text.slice(from, to), {
      starts,
      ends,
      preferredEnd: endsFree.from - from,
      boundaries,
      variants: VARIANTS,
    });
    return alignment ? this.toPlaced(segment, alignment, from) : null;
  }

  private joinedBoundaries: Uint8Array | undefined;

  /** Positions between punctuated units of the source, for joined-text window [from, to]. */
  private boundaries(from: number, to: number): Uint8Array {
    if (!this.joinedBoundaries) {
      const { text, parts } = this.joined;
      const marks = new Uint8Array(text.length + 1);
      for (const part of parts) {
        const { form, clause } = part;
        marks[part.offset] = 1;
        marks[part.offset + form.text.length] = 1;
        for (let k = 1; k < form.text.length; k++) {
          const between = clause.text.slice(form.ends[k - 1] ?? 0, form.starts[k] ?? 0);
          if (between && PUNCTUATION.test(between)) marks[part.offset + k] = 1;
        }
      }
      this.joinedBoundaries = marks;
    }
    return this.joinedBoundaries.subarray(from, to + 1);
  }

  private placeBetween(segment: Segment, placed: ReadonlyArray<Placed | null>, i: number): Placed | null {
    let from = 0;
    for (let k = i - 1; k >= 0; k--) {
      const p = placed[k];
      if (p) {
        from = p.to;
        break;
      }
    }
    let to = this.joined.text.length;
    for (let k = i + 1; k < placed.length; k++) {
      const p = placed[k];
      if (p) {
        to = p.from;
        break;
      }
    }
    if (to <= from) return null;
    const form = segment.form.text;
    const window = this.joined.text.slice(from, to);
    const at = window.indexOf(form);
    if (at >= 0) return this.toPlaced(segment, identity(form.length, at), from);
    if (form.length < 3) return null;
    const alignment = alignPiece(form, window, { freeStartUntil: window.length, freeEndFrom: 0, variants: VARIANTS });
    if (!alignment || alignment.cost * 3 > form.length) return null;
    return this.toPlaced(segment, alignment, from);
  }

  /** Too long to align character by character: the whole piece against its span, as one edit. */
  private coarse(segment: Segment, from: number, to: number): Placed {
    const steps: Step[] = [];
    const m = segment.form.text.length;
    for (let k = 0; k < Math.max(m, to - from); k++) {
      steps.push({ op: k < m && k < to - from ? SUBSTITUTE : k < m ? ADD : DROP, q: k < m ? k : -1, s: k < to - from ? from + k : -1 });
    }
    return { segment, steps, from, to };
  }

  private toPlaced(segment: Segment, alignment: Alignment, offset: number): Placed {
    const steps = alignment.steps.map((step) => ({ op: step.op, q: step.q, s: step.s < 0 ? -1 : step.s + offset }));
    // Source text at the edges the quote does not have: the quote starts later or ends earlier.
    const sourceOnly = (step: Step | undefined) => step?.op === DROP || step?.op === GAP;
    let first = 0;
    while (first < steps.length && sourceOnly(steps[first])) first++;
    let last = steps.length;
    while (last > first && sourceOnly(steps[last - 1])) last--;
    const kept = steps.slice(first, last);
    const sourced = kept.filter((step) => step.s >= 0);
    const from = sourced[0]?.s ?? alignment.sourceStart + offset;
    const to = sourced.length > 0 ? (sourced[sourced.length - 1]?.s ?? 0) + 1 : from;
    return { segment, steps: kept, from, to };
  }

  // ----- edits -----

  private unplaced(segment: Segment, previous: Placed | null): void {
    const form = segment.form;
    const at = previous ? this.after(previous.to) : this.before(0);
    this.emit('added', { start: form.starts[0] ?? segment.start, end: form.ends[form.text.length - 1] ?? segment.end }, 0, 0, at);
  }

  private reordered(piece: Placed): void {
    const form = piece.segment.form;
    this.emit('reordered', { start: form.starts[0] ?? 0, end: form.ends[form.text.length - 1] ?? 0 }, piece.from, piece.to, this.before(piece.from));
  }

  /** The gap between two pieces in order, which an ellipsis separates in the quote. */
  private between(previous: Placed, next: Placed, ellipses: ReadonlyArray<{ start: number; end: number }>): void {
    const mark = ellipses.find((e) => e.start >= previous.segment.end && e.end <= next.segment.start);
    const quoteRange = mark ?? { start: previous.segment.end, end: previous.segment.end };
    if (next.from > previous.to) {
      this.emit('omitted', quoteRange, previous.to, next.from, this.after(previous.to), { marked: Boolean(mark) });
    } else {
      // An ellipsis where nothing is left out.
      this.differences.add('punctuation');
    }
  }

  /** Edits and form differences inside one piece. */
  private inside(piece: Placed, isLast: boolean): void {
    const { steps, segment } = piece;
    this.slideGaps(steps);
    const runs = mergeRuns(collectRuns(steps));
    for (const run of runs) {
      if (run.kind === 'match') {
        for (let k = run.from; k < run.to; k++) {
          const step = steps[k] as Step;
          this.compareCharacters(segment, step);
          const next = steps[k + 1];
          if (k + 1 < run.to && next) this.compareGap(segment, step, next);
        }
        continue;
      }
      const { qa, qb, sa, sb } = run;
      const quoteRange =
        qb > qa
          ? { start: segment.form.starts[qa] ?? 0, end: segment.form.ends[qb - 1] ?? 0 }
          : this.quotePoint(segment, qa);
      // Where the source's text would go when it has none: before its next character in the piece.
      const at = sa < piece.to ? this.before(sa) : this.after(sa);
      if (run.kind === 'gap') this.emit('omitted', quoteRange, sa, sb, at, { marked: false });
      else if (qb > qa && sb > sa) this.emit('replaced', quoteRange, sa, sb, at);
      else if (qb > qa) this.emit('added', quoteRange, sa, sa, at);
      else if (this.isUnmarkedGap(sa, sb)) this.emit('omitted', quoteRange, sa, sb, at, { marked: false });
      else this.emit('dropped', quoteRange, sa, sb, at);
    }
    this.compareEdges(piece, isLast);
  }

  /** Where text only the source has would go in the quote: before the quote's next character (after its punctuation). */
  private quotePoint(segment: Segment, q: number): { start: number; end: number } {
    const form = segment.form;
    const at =
      q < form.text.length ? (form.starts[q] ?? segment.end) : (form.ends[form.text.length - 1] ?? segment.end);
    return { start: at, end: at };
  }

  /**
   * A run only the source has can often sit at several places with the same
   * cost ("合作,合作" less one "合作"): move it to a place where it is a whole
   * punctuated unit when there is one, so that it is read as an unmarked gap.
   */
  private slideGaps(steps: Step[]): void {
    const text = this.joined.text;
    for (let k = 0; k < steps.length; k++) {
      if (steps[k]?.op !== DROP || (k > 0 && steps[k - 1]?.op !== MATCH)) continue;
      let end = k;
      while (end < steps.length && steps[end]?.op === DROP) end++;
      if (end < steps.length && steps[end]?.op !== MATCH) {
        k = end;
        continue;
      }
      const length = end - k;
      const a = steps[k]?.s ?? 0;
      if (length < MIN_GAP || this.isUnmarkedGap(a, a + length)) {
        k = end;
        continue;
      }
      // Offsets the run can move by: left while the matched character before equals the run's last.
      let left = 0;
      while (k - left - 1 >= 0 && steps[k - left - 1]?.op === MATCH && text[a - left - 1] === text[a + length - left - 1]) left++;
      let right = 0;
      while (end + right < steps.length && steps[end + right]?.op === MATCH && text[a + right] === text[a + length + right]) right++;
      let best = 0;
      for (let d = 1; d <= Math.max(left, right) && best === 0; d++) {
        if (d <= left && this.isUnmarkedGap(a - d, a - d + length)) best = -d;
        else if (d <= right && this.isUnmarkedGap(a + d, a + d + length)) best = d;
      }
      if (best !== 0) {
        // Re-lay the stretch: matched characters, the run at its new place, matched characters.
        const lo = Math.min(k, k + best);
        const hi = Math.max(end, end + best);
        const matched = steps.slice(lo, hi).filter((step) => step.op === MATCH).map((step) => step.q);
        const sFrom = steps[lo]?.s ?? 0;
        const runAt = a + best;
        const relaid: Step[] = [];
        let q = 0;
        for (let s = sFrom; s < sFrom + (hi - lo); s++) {
          if (s >= runAt && s < runAt + length) relaid.push({ op: DROP, q: -1, s });
          else relaid.push({ op: MATCH, q: matched[q++] ?? -1, s });
        }
        steps.splice(lo, hi - lo, ...relaid);
      }
      k = Math.max(end, end + best);
    }
  }

  /** Joined-text run [a, b) is a whole punctuated unit of its clause, long enough to be a gap. */
  private isUnmarkedGap(a: number, b: number): boolean {
    if (b - a < MIN_GAP) return false;
    const first = this.locate(a);
    const last = this.locate(b - 1);
    const startPart = this.joined.parts[first.part] as Part;
    const endPart = this.joined.parts[last.part] as Part;
    const before = startPart.clause.text.slice(0, startPart.form.starts[first.at] ?? 0).replace(/\s+$/u, '');
    const after = endPart.clause.text.slice(endPart.form.ends[last.at] ?? 0).replace(/^\s+/u, '');
    const bounded = (text: string, at: string | undefined) => text.length === 0 || PUNCTUATION.test(at ?? '');
    return bounded(before, before[before.length - 1]) && bounded(after, after[0]);
  }

  // ----- form differences -----

  private raw(index: number): { part: Part; start: number; end: number } {
    const { part, at } = this.locate(index);
    const p = this.joined.parts[part] as Part;
    return { part: p, start: p.form.starts[at] ?? 0, end: p.form.ends[at] ?? 0 };
  }

  private compareCharacters(segment: Segment, step: Step): void {
    const quoted = this.quote.slice(segment.form.starts[step.q] ?? 0, segment.form.ends[step.q] ?? 0);
    const { part, start, end } = this.raw(step.s);
    const original = part.clause.text.slice(start, end);
    if (quoted === original) return;
    const a = quoted.normalize('NFKC');
    const b = original.normalize('NFKC');
    if (a === b) return;
    this.differences.add(a.toLowerCase() === b.toLowerCase() ? 'case' : 'script');
  }

  /** Punctuation between two matched characters, in the quote and in the source. */
  private compareGap(segment: Segment, left: Step, right: Step): void {
    const quoted = this.quote.slice(segment.form.ends[left.q] ?? 0, segment.form.starts[right.q] ?? 0);
    const a = this.raw(left.s);
    const b = this.raw(right.s);
    const original =
      a.part === b.part
        ? a.part.clause.text.slice(a.end, b.start)
        : a.part.clause.text.slice(a.end) + b.part.clause.text.slice(0, b.start);
    if (canonical(quoted) !== canonical(original)) this.differences.add('punctuation');
  }

  /** Punctuation the piece starts or ends with must be what the source has there. */
  private compareEdges(piece: Placed, isLast: boolean): void {
    const { segment, steps } = piece;
    const firstStep = steps[0];
    const lastStep = steps[steps.length - 1];
    const form = segment.form;
    if (firstStep?.op === MATCH) {
      const lead = canonical(this.quote.slice(segment.start, form.starts[0] ?? segment.start));
      if (lead) {
        const { part, start } = this.raw(firstStep.s);
        const at = this.locate(firstStep.s).at;
        const runStart = at > 0 ? (part.form.ends[at - 1] ?? 0) : 0;
        const original = canonical(part.clause.text.slice(runStart, start));
        if (!original.endsWith(lead)) this.differences.add('punctuation');
      }
    }
    if (lastStep?.op === MATCH) {
      const trail = canonical(this.quote.slice(form.ends[form.text.length - 1] ?? segment.end, segment.end));
      if (trail) {
        const { part, end } = this.raw(lastStep.s);
        const at = this.locate(lastStep.s).at;
        const runEnd = at + 1 < part.form.text.length ? (part.form.starts[at + 1] ?? 0) : part.clause.text.length;
        const original = canonical(part.clause.text.slice(end, runEnd));
        const closesQuote = isLast && trail.length === 1 && SENTENCE_END.has(trail);
        if (!original.startsWith(trail) && !closesQuote) this.differences.add('punctuation');
      }
    }
  }

  // ----- offsets -----

  /** Joined-text index → clause part and index in that clause's form. */
  private locate(index: number): Point {
    const { parts } = this.joined;
    for (let p = parts.length - 1; p >= 0; p--) {
      const part = parts[p] as Part;
      if (index >= part.offset) return { part: p, at: index - part.offset };
    }
    return { part: 0, at: index };
  }

  /** The raw position just after joined-text character index − 1. */
  private after(index: number): Point {
    if (index <= 0) return this.before(0);
    const { part, at } = this.locate(index - 1);
    return { part, at: this.joined.parts[part]?.form.ends[at] ?? 0 };
  }

  /** The raw position just before joined-text character `index`. */
  private before(index: number): Point {
    if (index >= this.joined.text.length) {
      const part = this.joined.parts.length - 1;
      return { part, at: this.joined.parts[part]?.clause.text.length ?? 0 };
    }
    const { part, at } = this.locate(index);
    return { part, at: this.joined.parts[part]?.form.starts[at] ?? 0 };
  }

  /**
   * Adds an edit whose source side is joined-text [from, to) (a position `at`
   * when empty), split where it crosses from one clause into the next: the
   * first part keeps the quote side, the rest are what the source has beyond.
   */
  private emit(
    kind: FidelityEditKind,
    quoteRange: { start: number; end: number },
    from: number,
    to: number,
    at: Point,
    extra: { marked?: boolean } = {},
  ): void {
    const chunks: Array<{ part: number; start: number; end: number }> = [];
    if (to <= from) {
      chunks.push({ part: at.part, start: at.at, end: at.at });
    } else {
      let k = from;
      while (k < to) {
        const { part } = this.locate(k);
        const p = this.joined.parts[part] as Part;
        const partEnd = Math.min(to, p.offset + p.form.text.length);
        chunks.push({ part, start: p.form.starts[k - p.offset] ?? 0, end: p.form.ends[partEnd - 1 - p.offset] ?? 0 });
        k = partEnd;
      }
    }
    chunks.forEach((chunk, i) => {
      const clause = this.joined.parts[chunk.part]?.clause as FidelityClause;
      const quoteStart = i === 0 ? quoteRange.start : quoteRange.end;
      const quoteEnd = quoteRange.end;
      const edit: FidelityEdit = {
        kind: i > 0 && kind === 'replaced' ? 'dropped' : kind,
        quote: this.quote.slice(quoteStart, quoteEnd),
        source: clause.text.slice(chunk.start, chunk.end),
        quoteStart,
        quoteEnd,
        sourceStart: chunk.start,
        sourceEnd: chunk.end,
        clauseId: clause.id,
      };
      if (extra.marked !== undefined) edit.marked = extra.marked;
      this.edits.push(edit);
    });
  }

  // ----- source defects -----

  private attributeDefects(): void {
    for (const edit of this.edits) {
      // An omission the article marks is its own choice, whatever our copy holds there.
      if (edit.kind === 'omitted' && edit.marked) continue;
      const part = this.joined.parts.find((p) => p.clause.id === edit.clauseId);
      const flags = part?.clause.flags?.filter((flag) => flag.start !== undefined) ?? [];
      if (!part || flags.length === 0) continue;
      // The edit's place, widened over the punctuation and spaces around it.
      const form = part.form;
      const before = lowerBound(form.ends, edit.sourceStart + 1) - 1;
      const wideStart = before >= 0 && (form.ends[before] ?? 0) <= edit.sourceStart ? (form.ends[before] ?? 0) : 0;
      const next = lowerBound(form.starts, edit.sourceEnd);
      const wideEnd = next < form.text.length ? (form.starts[next] ?? 0) : part.clause.text.length;
      let found: SourceDefect | undefined;
      for (const flag of flags) {
        const start = flag.start ?? 0;
        const end = flag.end ?? start;
        if (!overlaps(wideStart, wideEnd, start, end)) continue;
        const explains = this.explains(edit, flag, start, end);
        if (!found || (explains && !found.explains)) found = { kind: flag.kind, note: flag.note, explains };
      }
      if (found) edit.sourceDefect = found;
    }
  }

  private explains(edit: FidelityEdit, flag: ClauseFlag, start: number, end: number): boolean {
    const inside = start <= edit.sourceStart && edit.sourceEnd <= end;
    switch (flag.kind) {
      case 'doubled-char':
        // The article has the character once where our source prints it twice.
        return edit.kind === 'dropped' && inside && edit.sourceEnd - edit.sourceStart < end - start;
      case 'stray-latin':
        return (edit.kind === 'dropped' || edit.kind === 'replaced') && inside;
      case 'truncated':
        // The article goes on where our source is cut off.
        return edit.kind === 'added' && edit.sourceStart === edit.sourceEnd;
      default:
        return false;
    }
  }
}

/** What an alignment's edits cost, the source left out at its edges not counted. */
function explanationCost(steps: ReadonlyArray<Step>): number {
  let cost = 0;
  for (let k = 0; k < steps.length; k++) {
    const op = steps[k]?.op;
    if (op === GAP) {
      if (steps[k - 1]?.op !== GAP) cost += GAP_COST;
    } else if (op === SUBSTITUTE) {
      cost += SUBSTITUTE_COST;
    } else if (op !== MATCH) {
      cost += EDIT_COST;
    }
  }
  return cost;
}

function overlaps(a: number, b: number, c: number, d: number): boolean {
  if (a === b) return c <= a && a <= d;
  if (c === d) return a <= c && c <= b;
  return a < d && c < b;
}

/** One stretch of the inline comparison of quote and source. */
export type InlinePart =
  | { kind: 'same'; text: string }
  | { kind: 'added'; text: string; edit: FidelityEdit }
  | { kind: 'dropped'; text: string; edit: FidelityEdit }
  | { kind: 'replaced'; quote: string; source: string; edit: FidelityEdit }
  | { kind: 'omitted'; quote: string; source: string; marked: boolean; edit: FidelityEdit }
  | { kind: 'reordered'; text: string; edit: FidelityEdit };

/**
 * The quote as a sequence of unchanged text and edits, for an inline
 * comparison: concatenating the `same`, `added`, `replaced.quote`,
 * `omitted.quote` and `reordered` texts gives back the quote; `dropped.text`,
 * `replaced.source` and `omitted.source` are what the source has there.
 */
export function compareInline(quote: string, fidelity: Pick<Fidelity, 'edits'>): InlinePart[] {
  const parts: InlinePart[] = [];
  let at = 0;
  const edits = [...fidelity.edits].sort((a, b) => a.quoteStart - b.quoteStart || a.quoteEnd - b.quoteEnd);
  for (const edit of edits) {
    if (edit.quoteStart < at) continue;
    if (edit.quoteStart > at) parts.push({ kind: 'same', text: quote.slice(at, edit.quoteStart) });
    const text = quote.slice(edit.quoteStart, edit.quoteEnd);
    switch (edit.kind) {
      case 'added':
        parts.push({ kind: 'added', text, edit });
        break;
      case 'dropped':
        parts.push({ kind: 'dropped', text: edit.source, edit });
        break;
      case 'replaced':
        parts.push({ kind: 'replaced', quote: text, source: edit.source, edit });
        break;
      case 'omitted':
        parts.push({ kind: 'omitted', quote: text, source: edit.source, marked: edit.marked ?? false, edit });
        break;
      case 'reordered':
        parts.push({ kind: 'reordered', text, edit });
        break;
    }
    at = edit.quoteEnd;
  }
  if (at < quote.length) parts.push({ kind: 'same', text: quote.slice(at) });
  return parts;
}

/**
 * A piece's alignment as runs: characters in common, whole units left out
 * (`gap`) and edits; `qa`–`qb` and `sa`–`sb` are the run's characters in the
 * piece and in the joined source text (for a run without quote characters, `qa`
 * is the index of the quote's next character, and the reverse).
 */
interface Run {
  kind: 'match' | 'gap' | 'edit';
  /** Steps [from, to). */
  from: number;
  to: number;
  qa: number;
  qb: number;
  sa: number;
  sb: number;
}

function collectRuns(steps: ReadonlyArray<Step>): Run[] {
  const kindOf = (step: Step | undefined): Run['kind'] =>
    step?.op === MATCH ? 'match' : step?.op === GAP ? 'gap' : 'edit';
  const runs: Run[] = [];
  let q = steps.find((step) => step.q >= 0)?.q ?? 0;
  let s = steps.find((step) => step.s >= 0)?.s ?? 0;
  let k = 0;
  while (k < steps.length) {
    const kind = kindOf(steps[k]);
    const run: Run = { kind, from: k, to: k, qa: q, qb: q, sa: s, sb: s };
    while (k < steps.length && kindOf(steps[k]) === kind) {
      const step = steps[k] as Step;
      if (step.q >= 0) q = step.q + 1;
      if (step.s >= 0) s = step.s + 1;
      k++;
    }
    run.to = k;
    run.qb = q;
    run.sb = s;
    runs.push(run);
  }
  return runs;
}

/**
 * Edits separated by a single character in common read as one change
 * ("切实保护" for "保障": not "切实" added and "护" for "障"): merged.
 */
function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const middle = out[out.length - 1];
    const first = out[out.length - 2];
    if (run.kind === 'edit' && middle?.kind === 'match' && middle.qb - middle.qa === 1 && first?.kind === 'edit') {
      out.splice(out.length - 2, 2, { kind: 'edit', from: first.from, to: run.to, qa: first.qa, qb: run.qb, sa: first.sa, sb: run.sb });
      continue;
    }
    out.push(run);
  }
  return out;
}
