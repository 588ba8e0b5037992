import type { CatalogueEntry } from './catalogue';
import type { DocumentSection } from './documents';
import type { ParagraphItem, SourceItem } from './items';
import { numberedOpening } from './numerals';
import { continuesAcrossBreak } from './page-breaks';
import { endsSentence, startsBound } from './punctuation';
import { type Voice, voiceOf, voicesCompatible } from './voice';

/**
 * One paragraph as printed, or several printed paragraphs that are one
 * paragraph split by page or column breaks.
 */
export interface Chain {
  paragraphs: ParagraphItem[];
  voice: Voice;
  /** The numbered opening of its first paragraph. */
  numeral?: string;
  value?: number;
  /** Its numeral follows the previous numbered paragraph's (or is 一): not a stray repeat. */
  inSequence: boolean;
  /** Section numeral (a lone `## 十`) printed above it in its document. */
  section?: string;
  /** Where this chain goes, decided from evidence in the section. */
  disposition: 'own' | 'news' | 'foreign';
  /** Closing lines (date, dateline, signature) printed right after it. */
  closing: Extract<SourceItem, { kind: 'closing-line' }>[];
}

export interface AnalysedSection {
  section: DocumentSection;
  entry?: CatalogueEntry;
  chains: Chain[];
  /** Its clauses are numbered 一、二、…: unnumbered paragraphs after the first number are not its own. */
  numbered: boolean;
  /** Its own closing lines are in this section: nothing printed elsewhere can be its end. */
  closed: boolean;
  /** Closing lines printed before any paragraph of the section: they close the section's own document. */
  leadingClosing: Chain['closing'];
}

/** A numbered document has at least this many numbered paragraphs. */
const NUMBERED_STYLE_MINIMUM = 2;

export function analyseSection(section: DocumentSection, entry: CatalogueEntry | undefined): AnalysedSection {
  const paragraphs: ParagraphItem[] = [];
  const barrierBefore: boolean[] = [];
  const sectionOf: Array<string | undefined> = [];
  const closingAfter = new Map<number, Extract<SourceItem, { kind: 'closing-line' }>[]>();
  let barrier = false;
  let currentSection: string | undefined;
  for (const item of section.items) {
    if (item.kind === 'paragraph') {
      paragraphs.push(item);
      barrierBefore.push(barrier);
      sectionOf.push(currentSection);
      barrier = false;
    } else if (item.kind === 'page-marker') {
      // A page marker sits exactly where a paragraph breaks across pages: no barrier.
    } else {
      barrier = true;
      if (item.kind === 'section-numeral') currentSection = item.numeral;
      if (item.kind === 'closing-line') {
        const list = closingAfter.get(paragraphs.length - 1) ?? [];
        list.push(item);
        closingAfter.set(paragraphs.length - 1, list);
      }
    }
  }

  const voices = paragraphs.map((paragraph, i) =>
    voiceOf(paragraph.text, { previousEndedSentence: i === 0 || endsSentence(paragraphs[i - 1]?.text ?? '') }),
  );
  const numbers = paragraphs.map((paragraph) => numberedOpening(paragraph.text));
  const numbered = numbers.filter(Boolean).length >= NUMBERED_STYLE_MINIMUM;
  const linked = paragraphs.map((paragraph, i) => {
    const prev = paragraphs[i - 1];
    if (!prev || barrierBefore[i]) return false;
    if (!voicesCompatible(voices[i - 1] ?? 'neutral', voices[i] ?? 'neutral')) return false;
    return continuesAcrossBreak(prev.text, paragraph.text);
  });
  const foreign = numbered ? findForeignRuns(paragraphs, numbers.map(Boolean), linked) : new Set<number>();

  const chains: Chain[] = [];
  let lastValue: number | undefined;
  paragraphs.forEach((paragraph, i) => {
    const previous = chains[chains.length - 1];
    if (linked[i] && previous) {
      previous.paragraphs.push(paragraph);
      previous.voice = previous.voice === 'neutral' ? (voices[i] ?? 'neutral') : previous.voice;
    } else {
      const number = numbers[i];
      const inSequence = number === undefined || number.value === (lastValue ?? 0) + 1;
      if (number) lastValue = number.value;
      chains.push({
        paragraphs: [paragraph],
        voice: voices[i] ?? 'neutral',
        numeral: number?.numeral,
        value: number?.value,
        inSequence,
        section: sectionOf[i],
        disposition: foreign.has(i) ? 'foreign' : 'own',
        closing: [],
      });
    }
    const closing = closingAfter.get(i);
    const chain = chains[chains.length - 1];
    if (closing && chain) chain.closing.push(...closing);
  });
  markNewsChains(chains);

  // Closing lines before any paragraph, or after the section's own last paragraph, close it.
  const leadingClosing = closingAfter.get(-1) ?? [];
  const closed = leadingClosing.length > 0 || chains.some((chain) => chain.disposition === 'own' && chain.closing.length > 0);
  return { section, entry, chains, numbered, closed, leadingClosing };
}

/**
 * A numbered document has no unnumbered paragraphs of its own after its
 * first number, except pieces of a numbered clause cut by a break and
 * orphan fragments of its clauses (which open mid-sentence). A run of
 * unnumbered paragraphs that is not wholly such pieces came from another
 * document, and came as a block: all of it but its leading orphan fragments
 * is foreign, even a first paragraph that could grammatically continue the
 * clause before it.
 */
function findForeignRuns(paragraphs: readonly ParagraphItem[], isNumbered: readonly boolean[], linked: boolean[]): Set<number> {
  const foreign = new Set<number>();
  const firstNumbered = isNumbered.indexOf(true);
  let i = firstNumbered + 1;
  while (firstNumbered >= 0 && i < paragraphs.length) {
    if (isNumbered[i]) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < paragraphs.length && !isNumbered[end + 1]) end++;
    // Orphan fragments opening mid-sentence are left to the orphan-tail rule, which looks
    // for their clause in this document.
    let start = i;
    while (start <= end && !linked[start] && startsBound(paragraphs[start]?.text ?? '')) start++;
    let wholeContinuation = true;
    for (let k = start; k <= end; k++) wholeContinuation &&= linked[k] === true;
    if (start <= end && !wholeContinuation) {
      linked[start] = false;
      for (let k = start; k <= end; k++) foreign.add(k);
    }
    i = end + 1;
  }
  return foreign;
}

/**
 * Chains in the voice of a news report go to the news report. Neutral chains
 * lying between news chains, or between a news chain and the end of the
 * section, go with them: a report's paragraphs do not all carry a cue.
 */
function markNewsChains(chains: Chain[]): void {
  for (const chain of chains) if (chain.voice === 'news') chain.disposition = 'news';
  let i = 0;
  while (i < chains.length) {
    if (chains[i]?.voice !== 'neutral' || chains[i - 1]?.disposition !== 'news') {
      i++;
      continue;
    }
    let end = i;
    while (chains[end + 1]?.voice === 'neutral') end++;
    const after = chains[end + 1];
    if (!after || after.disposition === 'news') {
      for (let k = i; k <= end; k++) {
        const chain = chains[k];
        if (chain) chain.disposition = 'news';
      }
    }
    i = end + 1;
  }
}
