/**
 * Each rendering aligned with its Chinese clause, sentence by sentence and
 * then phrase by phrase, at index-build time: both texts are cut at their
 * punctuation and a dynamic programme in the manner of Gale and Church pairs
 * the pieces in order (one with one, one with two or three, two with two…),
 * scoring how well their lengths agree and how many anchors they share:
 * glossary terms, numbers, quoted names, the parties and "the two sides". The
 * run-time half (lib/match/crosslingual/alignment.ts) maps a quote's matched
 * words to the Chinese through it. A rendering whose sentences cannot be
 * paired with the Chinese fails the build, naming the clause.
 */
import { jsonValueOffsets, lineOfPath } from '../index/json-locations';
import type { Clause, DocumentRecord, GlossaryEntry, RenderingLang } from '../index/types';
import { type Bead, encodeAlignment } from '../match/crosslingual/alignment';
import { wordPattern } from '../match/evidence/cues';
import type { Lexicon } from '../match/crosslingual/lexicon';
import { buildLangModel, findTerms, type LangModel } from '../match/crosslingual/model';
import { createWordReader, type WordReader } from '../match/crosslingual/words';
import { TranslationError, type TranslationInput } from './build';

type Span = { start: number; end: number };

/** A piece of text between two cuts, with its length and the anchors it holds. */
interface Piece extends Span {
  length: number;
  anchors: Map<string, number>;
}

/** A document's parties, each with its names per language (data/documents.json). */
type PartyNames = ReadonlyArray<Partial<Record<'zh' | RenderingLang, string[]>>>;
/** Words for the two parties together, per language (双方, the two sides, стороны: the evidence cues). */
export type TogetherWords = Partial<Record<'zh' | RenderingLang, string[]>>;

/** Costs, in nats: a pairing other than one with one must earn its keep; a shared anchor is strong evidence. */
const SHAPES: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 0],
  [1, 2, 2.3],
  [2, 1, 2.3],
  [2, 2, 4.6],
  [1, 3, 4.6],
  [3, 1, 4.6],
  [2, 3, 6],
  [3, 2, 6],
];
const SENTENCE_SHAPES = SHAPES.slice(0, 6);
const ANCHOR_BONUS = 3;
/**
 * Variance of a translation's length per Chinese character, in Chinese
 * characters: a sentence of 40 characters rendered as long as 48 is a little
 * over one standard deviation off.
 */
const LENGTH_VARIANCE = 1.2;
/**
 * A sentence pair whose lengths disagree by more standard deviations than this
 * is not a translation of each other: the rendering lost or gained a sentence,
 * or joins sentences the Chinese keeps apart beyond what pairing can absorb.
 */
export const MAX_SENTENCE_DEVIATION = 4;

const ZH_SENTENCE = new Set(['。', '！', '？', '!', '?', ';', '；']);
const ZH_PHRASE = new Set([',', '，', ':', '：']);
const ZH_OPEN = new Set(['“', '《', '〈', '(', '（', '「', '『', '‘']);
const ZH_CLOSE = new Set(['”', '》', '〉', ')', '）', '」', '』', '’']);
const ZH_QUOTES = /[“《〈「『]/gu;
const RENDERING_QUOTES = /[«“]|"(?=\p{L})/gu;
const DIGITS = /\d+/gu;

/** Chinese cut after sentence-ending (and, for phrases, pausing) punctuation outside quotation marks and brackets. */
function zhCuts(text: string, from: number, to: number, phrases: boolean): number[] {
  const cuts: number[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charAt(i);
    if (ZH_OPEN.has(ch)) depth++;
    else if (ZH_CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ZH_SENTENCE.has(ch) || (phrases && ZH_PHRASE.has(ch)))) {
      let end = i + 1;
      while (end < to && /[\s”’]/u.test(text.charAt(end))) end++;
      if (end < to) cuts.push(end);
    }
  }
  return cuts;
}

/**
 * English and Russian cut after . ! ? ; followed by a space and a new sentence
 * (not U.S., not a clause's own number, not «2022 г. и»), and for phrases after
 * , : and dashes followed by a space, outside quotation marks and brackets.
 */
function renderingCuts(text: string, from: number, to: number, phrases: boolean): number[] {
  const cuts: number[] = [];
  let depth = 0;
  let straight = false;
  for (let i = from; i < to; i++) {
    const ch = text.charAt(i);
    if (ch === '"') straight = !straight;
    else if (ch === '«' || ch === '“' || ch === '(') depth++;
    else if (ch === '»' || ch === '”' || ch === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || straight) continue;
    let cut = false;
    if (ch === ';' || ch === '!' || ch === '?') cut = true;
    else if (ch === '.') cut = sentenceEnds(text, i);
    else if (phrases && (ch === ',' || ch === ':' || ch === '—' || ch === '–')) cut = /\s/u.test(text.charAt(i + 1));
    if (!cut) continue;
    let end = i + 1;
    while (end < to && /\s/u.test(text.charAt(end))) end++;
    if (end > i + 1 && end < to) cuts.push(end);
  }
  return cuts;
}

function sentenceEnds(text: string, at: number): boolean {
  const before = /([\p{L}\p{N}]+)["»”’)]*$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? '';
  if (before.length <= 1) return false; // U.S., г.
  if (/^\d+$/u.test(before) && at - before.length < 4) return false; // "6." numbering the clause
  const next = /^\s+(.)/u.exec(text.slice(at + 1, at + 4))?.[1];
  return next === undefined ? false : /[\p{Lu}\p{N}"«“(]/u.test(next);
}

function piecesOf(from: number, to: number, cuts: number[]): Span[] {
  const bounds = [from, ...cuts, to];
  return bounds.slice(0, -1).map((start, i) => ({ start, end: bounds[i + 1] as number }));
}

const visibleLength = (text: string) => text.replace(/\s+/gu, '').length;

/** The anchors one language's text holds, found by offset so pieces can count theirs. */
type AnchorFinder = (text: string) => Array<{ key: string; at: number }>;

function zhAnchors(glossary: ReadonlyArray<GlossaryEntry>, parties: PartyNames | undefined, together: string[]): AnchorFinder {
  const named: Array<{ key: string; forms: string[] }> = [
    ...glossary.map((entry) => ({ key: `g:${entry.id}`, forms: [...entry.zh].sort((a, b) => b.length - a.length) })),
    ...(parties ?? []).map((party, p) => ({ key: `p:${p}`, forms: (party.zh ?? []).filter((form) => !together.includes(form)) })),
    { key: 'together', forms: together },
  ];
  return (text) => {
    const found: Array<{ key: string; at: number }> = [];
    for (const { key, forms } of named) {
      const taken: Span[] = [];
      for (const form of forms) {
        if (!form) continue;
        for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
          if (taken.some((t) => at < t.end && at + form.length > t.start)) continue;
          taken.push({ start: at, end: at + form.length });
          found.push({ key, at });
        }
      }
    }
    for (const m of text.matchAll(DIGITS)) found.push({ key: `n:${m[0]}`, at: m.index });
    for (const m of text.matchAll(ZH_QUOTES)) found.push({ key: 'quoted', at: m.index });
    return found;
  };
}

function renderingAnchors(
  model: LangModel,
  reader: WordReader,
  lang: RenderingLang,
  parties: PartyNames | undefined,
  together: string[],
): AnchorFinder {
  const pattern = (forms: string[]) =>
    forms.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(wordPattern).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const named = [
    ...(parties ?? []).map((party, p) => ({ key: `p:${p}`, re: pattern(party[lang] ?? []) })),
    { key: 'together', re: pattern(together) },
  ];
  return (text) => {
    const words = reader.contentWords(text, lang);
    const found = findTerms(model, words).map((term) => ({
      key: `g:${model.glossary[term.entry]?.id}`,
      at: words[term.from]?.start ?? 0,
    }));
    for (const { key, re } of named) if (re) for (const m of text.matchAll(re)) found.push({ key, at: m.index });
    // A clause's own number ("6.") has no counterpart among the Chinese digits.
    for (const m of text.matchAll(DIGITS)) if (m.index > 3) found.push({ key: `n:${m[0]}`, at: m.index });
    for (const m of text.matchAll(RENDERING_QUOTES)) found.push({ key: 'quoted', at: m.index });
    return found;
  };
}

function withAnchors(text: string, spans: Span[], anchors: Array<{ key: string; at: number }>): Piece[] {
  return spans.map((span) => {
    const counts = new Map<string, number>();
    for (const { key, at } of anchors) if (at >= span.start && at < span.end) counts.set(key, (counts.get(key) ?? 0) + 1);
    return { ...span, length: visibleLength(text.slice(span.start, span.end)), anchors: counts };
  });
}

interface Pairing {
  zh: [number, number];
  rendering: [number, number];
  deviation: number;
}

/**
 * The cheapest in-order pairing of all of `zh` with all of `rendering` using
 * `shapes`, or null when none exists. `ratio`: rendering characters per Chinese
 * character in the whole being aligned.
 */
function pair(zh: Piece[], rendering: Piece[], ratio: number, shapes: typeof SHAPES): Pairing[] | null {
  const n = zh.length;
  const m = rendering.length;
  const cost = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Number.POSITIVE_INFINITY));
  const back = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-1));
  (cost[0] as number[])[0] = 0;
  const sum = (pieces: Piece[], from: number, to: number) => {
    let length = 0;
    const anchors = new Map<string, number>();
    for (let k = from; k < to; k++) {
      const piece = pieces[k] as Piece;
      length += piece.length;
      for (const [key, count] of piece.anchors) anchors.set(key, (anchors.get(key) ?? 0) + count);
    }
    return { length, anchors };
  };
  const deviationOf = (zhLength: number, renderingLength: number) => {
    const scaled = renderingLength / ratio;
    return (scaled - zhLength) / Math.sqrt(LENGTH_VARIANCE * Math.max(1, (zhLength + scaled) / 2));
  };
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      shapes.forEach(([a, b, prior], s) => {
        if (i < a || j < b) return;
        const previous = (cost[i - a] as number[])[j - b] as number;
        if (previous === Number.POSITIVE_INFINITY) return;
        const left = sum(zh, i - a, i);
        const right = sum(rendering, j - b, j);
        let shared = 0;
        for (const [key, count] of left.anchors) shared += Math.min(count, right.anchors.get(key) ?? 0);
        const deviation = deviationOf(left.length, right.length);
        const total = previous + prior + (deviation * deviation) / 2 - ANCHOR_BONUS * shared;
        if (total < ((cost[i] as number[])[j] as number)) {
          (cost[i] as number[])[j] = total;
          (back[i] as number[])[j] = s;
        }
      });
    }
  }
  if ((cost[n] as number[])[m] === Number.POSITIVE_INFINITY) return null;
  const out: Pairing[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [a, b] = shapes[(back[i] as number[])[j] as number] as readonly [number, number, number];
    const left = sum(zh, i - a, i);
    const right = sum(rendering, j - b, j);
    out.unshift({ zh: [i - a, i], rendering: [j - b, j], deviation: deviationOf(left.length, right.length) });
    i -= a;
    j -= b;
  }
  return out;
}

/** Adjacent pairs whose anchors cross (a term in this Chinese piece, its rendering in the next) are one pair: the translation reordered them. */
function mergeCrossed(pairs: Pairing[], zh: Piece[], rendering: Piece[]): Pairing[] {
  const anchorsOf = (pieces: Piece[], [from, to]: [number, number]) => {
    const out = new Map<string, number>();
    for (let k = from; k < to; k++) for (const [key, count] of (pieces[k] as Piece).anchors) out.set(key, (out.get(key) ?? 0) + count);
    return out;
  };
  const crossed = (a: Pairing, b: Pairing) => {
    const [za, ra, zb, rb] = [anchorsOf(zh, a.zh), anchorsOf(rendering, a.rendering), anchorsOf(zh, b.zh), anchorsOf(rendering, b.rendering)];
    const keys = new Set([...za.keys(), ...zb.keys()]);
    return [...keys].some(
      (key) =>
        ((za.get(key) ?? 0) > (ra.get(key) ?? 0) && (rb.get(key) ?? 0) > (zb.get(key) ?? 0)) ||
        ((zb.get(key) ?? 0) > (rb.get(key) ?? 0) && (ra.get(key) ?? 0) > (za.get(key) ?? 0)),
    );
  };
  const out: Pairing[] = [];
  for (const p of pairs) {
    const last = out[out.length - 1];
    if (last && crossed(last, p)) out[out.length - 1] = { zh: [last.zh[0], p.zh[1]], rendering: [last.rendering[0], p.rendering[1]], deviation: 0 };
    else out.push(p);
  }
  return out;
}

/** Beads of one rendering, or the reason its sentences cannot be paired with the Chinese. */
export function alignRendering(
  zhText: string,
  rendering: string,
  findZh: AnchorFinder,
  findRendering: AnchorFinder,
): { beads: Bead[] } | { error: string } {
  const zhAnchorList = findZh(zhText);
  const renderingAnchorList = findRendering(rendering);
  const ratio = visibleLength(rendering) / Math.max(1, visibleLength(zhText));
  const zhSentences = withAnchors(zhText, piecesOf(0, zhText.length, zhCuts(zhText, 0, zhText.length, false)), zhAnchorList);
  const renderingSentences = withAnchors(
    rendering,
    piecesOf(0, rendering.length, renderingCuts(rendering, 0, rendering.length, false)),
    renderingAnchorList,
  );
  const sentences = pair(zhSentences, renderingSentences, ratio, SENTENCE_SHAPES);
  const quote = (text: string, span: Span) => {
    const body = text.slice(span.start, span.end).trim();
    return `“${body.length > 40 ? `${body.slice(0, 40)}…` : body}”`;
  };
  if (!sentences) {
    return {
      error: `its ${renderingSentences.length} sentences cannot be paired with the Chinese's ${zhSentences.length} (at most three to one either way)`,
    };
  }
  const wrong = sentences.find((s) => Math.abs(s.deviation) > MAX_SENTENCE_DEVIATION);
  if (wrong) {
    const zhSpan = { start: (zhSentences[wrong.zh[0]] as Piece).start, end: (zhSentences[wrong.zh[1] - 1] as Piece).end };
    const renderingSpan = {
      start: (renderingSentences[wrong.rendering[0]] as Piece).start,
      end: (renderingSentences[wrong.rendering[1] - 1] as Piece).end,
    };
    return {
      error:
        `its sentences do not follow the Chinese: ${quote(zhText, zhSpan)} pairs best with ${quote(rendering, renderingSpan)}, ` +
        `which is ${wrong.deviation > 0 ? 'far longer' : 'far shorter'} than a rendering of it (a sentence missing, added or moved?)`,
    };
  }
  const beads: Bead[] = [];
  sentences.forEach((s, n) => {
    const zhSpan = { start: (zhSentences[s.zh[0]] as Piece).start, end: (zhSentences[s.zh[1] - 1] as Piece).end };
    const renderingSpan = {
      start: (renderingSentences[s.rendering[0]] as Piece).start,
      end: (renderingSentences[s.rendering[1] - 1] as Piece).end,
    };
    const zhPhrases = withAnchors(zhText, piecesOf(zhSpan.start, zhSpan.end, zhCuts(zhText, zhSpan.start, zhSpan.end, true)), zhAnchorList);
    const renderingPhrases = withAnchors(
      rendering,
      piecesOf(renderingSpan.start, renderingSpan.end, renderingCuts(rendering, renderingSpan.start, renderingSpan.end, true)),
      renderingAnchorList,
    );
    const local =
      visibleLength(rendering.slice(renderingSpan.start, renderingSpan.end)) /
      Math.max(1, visibleLength(zhText.slice(zhSpan.start, zhSpan.end)));
    const phrases = pair(zhPhrases, renderingPhrases, local, SHAPES);
    const pairs = phrases ? mergeCrossed(phrases, zhPhrases, renderingPhrases) : null;
    if (!pairs) {
      beads.push({ zh: zhSpan, rendering: renderingSpan, sentence: n });
      return;
    }
    for (const p of pairs) {
      beads.push({
        zh: { start: (zhPhrases[p.zh[0]] as Piece).start, end: (zhPhrases[p.zh[1] - 1] as Piece).end },
        rendering: { start: (renderingPhrases[p.rendering[0]] as Piece).start, end: (renderingPhrases[p.rendering[1] - 1] as Piece).end },
        sentence: n,
      });
    }
  });
  return { beads };
}

/**
 * Aligns every clause's renderings and stores the result on the clause
 * (`clause.alignment`). Throws TranslationError, at the rendering's line in
 * its file, on the first rendering that cannot be aligned.
 */
export function attachAlignments(
  clauses: Clause[],
  glossary: ReadonlyArray<GlossaryEntry>,
  lexicon: Lexicon,
  documents: ReadonlyArray<Pick<DocumentRecord, 'id' | 'parties'>>,
  together: TogetherWords,
  files: TranslationInput['renderings'],
): void {
  const reader = createWordReader(lexicon);
  const partiesOf = new Map(documents.map((doc) => [doc.id, doc.parties ?? []]));
  const langs: RenderingLang[] = ['en', 'ru'];
  const models = new Map(langs.map((lang) => [lang, buildLangModel(clauses, glossary, lang, reader)]));
  for (const clause of clauses) {
    const parties = partiesOf.get(clause.docId);
    const findZh = zhAnchors(glossary, parties, together.zh ?? []);
    const alignment: Partial<Record<RenderingLang, string>> = {};
    for (const lang of langs) {
      const rendering = clause.renderings?.[lang];
      if (!rendering) continue;
      const found = alignRendering(
        clause.text,
        rendering,
        findZh,
        renderingAnchors(models.get(lang) as LangModel, reader, lang, parties, together[lang] ?? []),
      );
      if ('error' in found) {
        const source = files.find((file) => file.lang === lang);
        const line = source ? lineOfPath(source.text, jsonValueOffsets(source.text), clause.id) : 1;
        throw new TranslationError(
          source?.file ?? `data/translations/${lang}.json`,
          line,
          `the ${lang === 'en' ? 'English' : 'Russian'} rendering of ${clause.id} cannot be aligned with the Chinese sentence by sentence: ${found.error}`,
        );
      }
      alignment[lang] = encodeAlignment(found.beads);
    }
    if (Object.keys(alignment).length > 0) clause.alignment = alignment;
  }
}
