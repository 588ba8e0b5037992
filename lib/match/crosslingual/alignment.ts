/**
 * Which part of the Chinese clause an English or Russian quote corresponds to.
 * The index carries, for each rendering, an alignment of its sentences and
 * phrases with the clause's (built from lengths and anchors at index time, see
 * lib/translations/align.ts); here the rendering words a quote matched pick the
 * phrases they fall in, and the Chinese of those phrases is what the card
 * marks: one contiguous stretch, never a word from another sentence.
 */
import type { Clause, RenderingLang } from '../../index/types';
import type { MatchedTerm } from './match';

type Span = { start: number; end: number };

/** One aligned pair: a stretch of the Chinese clause and the stretch of the rendering that says it. */
export interface Bead {
  zh: Span;
  rendering: Span;
  /** Beads of one sentence pair share this number. */
  sentence: number;
}

/**
 * The stored form, one string per rendering: each bead as the end offsets
 * `zhEnd,renderingEnd` (each bead starts where the one before ended), beads of
 * one sentence pair separated by a space, sentence pairs by `|`. The last
 * bead ends at both texts' ends.
 */
export function encodeAlignment(beads: ReadonlyArray<Bead>): string {
  let out = '';
  beads.forEach((bead, i) => {
    if (i > 0) out += bead.sentence === (beads[i - 1] as Bead).sentence ? ' ' : '|';
    out += `${bead.zh.end},${bead.rendering.end}`;
  });
  return out;
}

/** The beads of a stored alignment; null when it does not fit these two texts (an index built from other text). */
export function decodeAlignment(code: string | undefined, zhLength: number, renderingLength: number): Bead[] | null {
  if (!code) return null;
  const beads: Bead[] = [];
  let zh = 0;
  let rendering = 0;
  for (const [s, part] of code.split('|').entries()) {
    for (const pair of part.split(' ')) {
      const [z, r] = pair.split(',').map(Number) as [number, number];
      if (!(z > zh && z <= zhLength && r > rendering && r <= renderingLength)) return null;
      beads.push({ zh: { start: zh, end: z }, rendering: { start: rendering, end: r }, sentence: s });
      zh = z;
      rendering = r;
    }
  }
  return zh === zhLength && rendering === renderingLength ? beads : null;
}

/** Where in the Chinese clause a cross-language quote lies, and its terms found there. */
export interface OriginalMark {
  /** The marked stretch of the clause text, end exclusive. */
  span: Span;
  /** The quote's glossary terms with their Chinese offsets inside `span` (−1 when not there). */
  terms: MatchedTerm[];
}

/** What an untouched bead between matched ones costs, per character of its rendering: a quote runs on through it only when both sides weigh more. */
const GAP_COST = 0.5;
/**
 * A bead at the run's edge with less than this share of the heaviest bead's
 * matched text is a stray word, not the quote; in another sentence than the
 * heaviest bead it must hold more.
 */
const EDGE_SHARE = 0.25;
/** A glossary term of the quote names its place more surely than other words: its length counts this many times more. */
const TERM_WEIGHT = 2;
const OTHER_SENTENCE_SHARE = 0.5;
/** Numbering and pausing punctuation at a stretch's edges are not what the quote says (quotation marks and brackets are). */
const LEADING = /^(?:[\s,，、;；:：。.!?！？—]|[一二三四五六七八九十百]+、)+/u;
const TRAILING = /[\s,，、;；:：。.!?！？—]+$/u;

/**
 * The stretch of `clause.text` that the rendering words `spans` (offsets in
 * the rendering in `lang`) correspond to: the run of aligned beads holding the
 * most matched rendering text and Chinese terms of the quote, its Chinese trimmed of edge punctuation, and
 * widened within its sentence to a Chinese term of the quote the phrases
 * missed. Null without an alignment or matched words.
 */
export function markOriginal(
  clause: Pick<Clause, 'text' | 'renderings' | 'alignment'>,
  lang: RenderingLang,
  spans: ReadonlyArray<Span>,
  terms: ReadonlyArray<MatchedTerm>,
): OriginalMark | null {
  const rendering = clause.renderings?.[lang];
  if (!rendering) return null;
  const beads = decodeAlignment(clause.alignment?.[lang], clause.text.length, rendering.length);
  if (!beads) return null;
  // Matched rendering text per bead; a quote's glossary term counts more where its Chinese form stands.
  const matched = beads.map((bead) =>
    spans.reduce((sum, span) => sum + Math.max(0, Math.min(span.end, bead.rendering.end) - Math.max(span.start, bead.rendering.start)), 0),
  );
  // Where some rendering words matched, a term counts only beside them (a term the clause repeats says nothing of where).
  const anyMatched = matched.some((weight) => weight > 0);
  const weights = beads.map((bead, i) => {
    let weight = matched[i] as number;
    if (anyMatched && weight === 0) return 0;
    const zh = clause.text.slice(bead.zh.start, bead.zh.end);
    for (const term of terms) if (term.zh && zh.includes(term.zh)) weight += TERM_WEIGHT * (term.quoteEnd - term.quoteStart);
    return weight;
  });
  // The heaviest contiguous run of beads (maximum subarray), untouched beads counting against it.
  let best: { from: number; to: number; weight: number } | null = null;
  let from = 0;
  let running = 0;
  beads.forEach((bead, i) => {
    const weight = weights[i] as number;
    const value = weight > 0 ? weight : -GAP_COST * (bead.rendering.end - bead.rendering.start);
    if (running <= 0) {
      from = i;
      running = 0;
    }
    running += value;
    if (weight > 0 && (!best || running > best.weight)) best = { from, to: i + 1, weight: running };
  });
  const run = best as { from: number; to: number; weight: number } | null;
  if (!run) return null;
  // The run starts and ends on beads that hold a fair share of the quote, not on a stray word.
  let top = run.from;
  for (let i = run.from; i < run.to; i++) if ((weights[i] as number) > (weights[top] as number)) top = i;
  // Within the heaviest bead's sentence the rendering words decide; across sentences the terms count too.
  const stray = (i: number) =>
    (beads[i] as Bead).sentence === (beads[top] as Bead).sentence
      ? (matched[top] as number) > 0 && (matched[i] as number) < EDGE_SHARE * (matched[top] as number)
      : (weights[i] as number) < OTHER_SENTENCE_SHARE * (weights[top] as number);
  let first = run.from;
  let last = run.to - 1;
  while (stray(first)) first++;
  while (stray(last)) last--;
  const span = trimmed(clause.text, (beads[first] as Bead).zh.start, (beads[last] as Bead).zh.end);
  const sentences = new Set(beads.slice(first, last + 1).map((bead) => bead.sentence));
  const inSentences = beads.filter((bead) => sentences.has(bead.sentence));
  const sentence = { start: (inSentences[0] as Bead).zh.start, end: (inSentences[inSentences.length - 1] as Bead).zh.end };
  const placed = terms.map((term) => placeTerm(clause.text, term, span, sentence));
  for (const term of placed) {
    if (term.clauseStart < 0) continue;
    span.start = Math.min(span.start, term.clauseStart);
    span.end = Math.max(span.end, term.clauseEnd);
  }
  return { span, terms: placed };
}

function trimmed(text: string, start: number, end: number): Span {
  const lead = LEADING.exec(text.slice(start, end))?.[0].length ?? 0;
  const trail = TRAILING.exec(text.slice(start + lead, end))?.[0].length ?? 0;
  const span = { start: start + lead, end: end - trail };
  return span.end > span.start ? span : { start, end };
}

/** The term's Chinese form inside the marked stretch, else the occurrence nearest it in the same sentence, else none. */
function placeTerm(text: string, term: MatchedTerm, span: Span, sentence: Span): MatchedTerm {
  let nearest = -1;
  let distance = Number.POSITIVE_INFINITY;
  if (term.zh) {
    for (let at = text.indexOf(term.zh, sentence.start); at >= 0 && at + term.zh.length <= sentence.end; at = text.indexOf(term.zh, at + 1)) {
      const away = at >= span.start && at + term.zh.length <= span.end ? 0 : Math.min(Math.abs(at - span.end), Math.abs(span.start - at - term.zh.length));
      if (away < distance) {
        distance = away;
        nearest = at;
      }
    }
  }
  return { ...term, clauseStart: nearest, clauseEnd: nearest < 0 ? -1 : nearest + term.zh.length };
}
