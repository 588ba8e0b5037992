/**
 * Build time: the evidence data that goes into the index (`index.evidence`).
 * Reads the cue words and the fitted model from `data/evidence/`, the names,
 * dates and parties of the documents from their metadata, and trims the word
 * frequency resources (a Chinese segmentation dictionary's word counts, and
 * ranked English and Russian word lists) to the words the index holds.
 */
import * as v from 'valibot';
import type { Clause, DocumentRecord, GlossaryEntry } from '../../index/types';
import { jsonValueOffsets, lineOfPath } from '../../index/json-locations';
import { SourceError } from '../../source/errors';
import type { Normalizer } from '../../text/normalize';
import type { Lexicon } from '../crosslingual/lexicon';
import { createWordReader, type CrossLang } from '../crosslingual/words';
import { EVIDENCE_DATA_VERSION, type EvidenceData, type EvidenceModel, FEATURE_NAMES, type FrequencyTable } from './data';

const Words = v.array(v.pipe(v.string(), v.nonEmpty()));
const PerLanguage = v.object({ zh: Words, en: Words, ru: Words });

export const CuesFileSchema = v.object({
  $comment: v.optional(v.string()),
  attribution: PerLanguage,
  parties: PerLanguage,
  otherSource: PerLanguage,
});

export const ModelFileSchema = v.object({
  $comment: v.optional(v.string()),
  features: v.array(v.picklist(FEATURE_NAMES)),
  weights: v.array(v.pipe(v.number(), v.finite())),
  bias: v.pipe(v.number(), v.finite()),
  threshold: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  crossThreshold: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  fitted: v.optional(
    v.object({
      examples: v.number(),
      positives: v.number(),
      l2: v.number(),
      targetPrecision: v.number(),
      date: v.optional(v.string()),
    }),
  ),
});

/** What a document's metadata adds for the evidence: other names and its parties, in each language. */
export interface DocumentNames {
  names?: Partial<Record<'zh' | 'en' | 'ru', string[]>>;
  parties?: Array<Partial<Record<'zh' | 'en' | 'ru', string[]>>>;
}

export interface EvidenceInput {
  cues: { file: string; text: string };
  model: { file: string; text: string };
  /** A segmentation dictionary: lines "word count [tag]". */
  chineseDictionary: string;
  /** Words in order of frequency, most frequent first, one per line. */
  rankedWords: Record<CrossLang, string>;
}

export function parseJsonFile<T>(file: string, text: string, schema: v.GenericSchema<unknown, T>): T {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SourceError(file, 1, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const result = v.safeParse(schema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = (issue?.path ?? [])
      .map((item, i) => (typeof item.key === 'number' ? `[${item.key}]` : `${i === 0 ? '' : '.'}${String(item.key)}`))
      .join('');
    throw new SourceError(file, lineOfPath(text, jsonValueOffsets(text), path), `${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}`);
  }
  return result.output;
}

export function parseModel(file: string, text: string): EvidenceModel {
  const model = parseJsonFile(file, text, ModelFileSchema);
  if (model.weights.length !== model.features.length) {
    throw new SourceError(file, lineOfPath(text, jsonValueOffsets(text), 'weights'), `weights: ${model.weights.length} weights for ${model.features.length} features`);
  }
  const { $comment: _, ...rest } = model;
  return rest;
}

export function buildEvidenceData(
  input: EvidenceInput,
  clauses: ReadonlyArray<Pick<Clause, 'text' | 'renderings'>>,
  documents: ReadonlyArray<DocumentRecord & DocumentNames>,
  glossary: ReadonlyArray<GlossaryEntry>,
  normalizer: Normalizer,
  lexicon: Lexicon | undefined,
): EvidenceData {
  const cues = parseJsonFile(input.cues.file, input.cues.text, CuesFileSchema);
  const model = parseModel(input.model.file, input.model.text);
  const statements = documents.filter((doc) => doc.type === 'joint-statement');
  const named = statements.length > 0 ? statements : documents;
  const names = named.flatMap((doc) => [
    doc.title,
    doc.titleEn,
    doc.shortTitle.zh,
    doc.shortTitle.en,
    ...Object.values(doc.names ?? {}).flat(),
  ]);
  const parties = mergeParties(named.flatMap((doc) => doc.parties ?? []));
  const dates = [...new Set(named.flatMap((doc) => dateForms(doc.date)))];
  const years = [...new Set(named.map((doc) => Number(doc.date.slice(0, 4))))];
  const reader = createWordReader(lexicon);
  const keysOf = (lang: CrossLang): Set<string> => {
    const keys = new Set<string>();
    for (const clause of clauses) for (const w of reader.contentWords(clause.renderings?.[lang] ?? '', lang)) keys.add(w.key);
    for (const entry of glossary) for (const form of entry[lang]) for (const w of reader.contentWords(form, lang)) keys.add(w.key);
    return keys;
  };
  return {
    version: EVIDENCE_DATA_VERSION,
    cues: {
      attribution: [...cues.attribution.zh, ...cues.attribution.en, ...cues.attribution.ru],
      parties: [...cues.parties.zh, ...cues.parties.en, ...cues.parties.ru],
      otherSource: [...cues.otherSource.zh, ...cues.otherSource.en, ...cues.otherSource.ru],
    },
    topic: { names: [...new Set(names)], dates, parties, years },
    frequency: {
      zh: chineseTable(input.chineseDictionary, clauses, normalizer),
      en: rankedTable(input.rankedWords.en, 'en', reader, keysOf('en')),
      ru: rankedTable(input.rankedWords.ru, 'ru', reader, keysOf('ru')),
    },
    model,
  };
}

/** Parties named by several documents are one party: lists sharing a name are merged. */
function mergeParties(parties: ReadonlyArray<Partial<Record<'zh' | 'en' | 'ru', string[]>>>): string[][] {
  const merged: Array<Set<string>> = [];
  for (const party of parties) {
    const names = Object.values(party).flat();
    const known = merged.find((set) => names.some((name) => set.has(name)));
    if (known) for (const name of names) known.add(name);
    else merged.push(new Set(names));
  }
  return merged.map((set) => [...set]);
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** A date as news writes it: 2025年5月8日, May 8, 2025, 8 May 2025, 8 мая 2025 года. */
export function dateForms(iso: string): string[] {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const en = EN_MONTHS[month - 1] as string;
  const ru = RU_MONTHS[month - 1] as string;
  return [`${year}年${month}月${day}日`, `${en} ${day}, ${year}`, `${en} ${day} ${year}`, `${day} ${en} ${year}`, `${day} ${ru} ${year}`];
}

const MAX_WORD = 8;

function chineseTable(dictionary: string, clauses: ReadonlyArray<Pick<Clause, 'text'>>, normalizer: Normalizer): FrequencyTable {
  const pieces = new Set<string>();
  for (const clause of clauses) {
    const form = normalizer.normalizeText(clause.text);
    for (let i = 0; i < form.length; i++) {
      for (let len = 1; len <= MAX_WORD && i + len <= form.length; len++) pieces.add(form.slice(i, i + len));
    }
  }
  let total = 0;
  const counts = new Map<string, number>();
  for (const line of dictionary.split('\n')) {
    const [word, count] = line.split(' ');
    const n = Number(count);
    if (!word || !Number.isFinite(n) || n <= 0) continue;
    total += n;
    const form = normalizer.normalizeText(word);
    if (pieces.has(form)) counts.set(form, (counts.get(form) ?? 0) + n);
  }
  if (total === 0) throw new SourceError('chinese dictionary', 1, 'no word counts in the Chinese dictionary');
  const words = [...counts.keys()].sort();
  return {
    words,
    costs: words.map((word) => Math.round(10 * Math.log2(total / (counts.get(word) ?? 1)))),
    unknown: Math.round(10 * Math.log2(total)),
  };
}

/** Ranks to bits by Zipf's law: the word of rank r has a share 1 / (r · H_N). */
function rankedTable(list: string, lang: CrossLang, reader: ReturnType<typeof createWordReader>, keep: ReadonlySet<string>): FrequencyTable {
  const ranked = list.split('\n').map((w) => w.trim()).filter(Boolean);
  const n = ranked.length;
  let harmonic = 0;
  for (let r = 1; r <= n; r++) harmonic += 1 / r;
  const cost = new Map<string, number>();
  ranked.forEach((word, i) => {
    for (const w of reader.contentWords(word, lang)) {
      const bits = Math.log2((i + 1) * harmonic);
      if (keep.has(w.key) && !cost.has(w.key)) cost.set(w.key, bits);
    }
  });
  const words = [...cost.keys()].sort();
  return {
    words,
    costs: words.map((word) => Math.round(10 * (cost.get(word) ?? 0))),
    unknown: Math.round(10 * Math.log2(2 * (n + 1) * Math.max(1, harmonic))),
  };
}
