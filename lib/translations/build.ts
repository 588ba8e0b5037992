/**
 * The renderings (data/translations/<lang>.json: clause id → text) and the
 * glossary (data/glossary.json) checked against the clauses at index-build
 * time. Every error names the file and the line: a clause without a rendering,
 * a rendering for a clause that no longer exists, a glossary term whose Chinese
 * form no clause holds. The index is never written with a gap.
 */
import { jsonValueOffsets, lineOfPath } from '../index/json-locations';
import type { Clause, ClauseRenderings, GlossaryEntry, RenderingLang } from '../index/types';
import { SourceError } from '../source/errors';
import { findQuotes } from '../text/quotes';

export const RENDERING_LANGS: readonly RenderingLang[] = ['en', 'ru'];

const LANGUAGE_NAMES: Record<RenderingLang, string> = { en: 'English', ru: 'Russian' };

/** A defect of the renderings or the glossary; printed as `file:line: message` like source errors. */
export class TranslationError extends SourceError {
  constructor(file: string, line: number, detail: string) {
    super(file, line, detail);
    this.name = 'TranslationError';
  }
}

export interface TranslationInput {
  /** One file per language, e.g. { file: 'data/translations/en.json', lang: 'en', text }. */
  renderings: ReadonlyArray<{ file: string; lang: RenderingLang; text: string }>;
  glossary?: { file: string; text: string };
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/u.exec(String(error))?.[1];
    const line = at === undefined ? 1 : text.slice(0, Number(at)).split('\n').length;
    throw new TranslationError(file, line, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Keys of the top-level object in the order written, with their lines (JSON.parse hides duplicates). */
function topLevelKeys(text: string): Array<{ key: string; line: number }> {
  const keys: Array<{ key: string; line: number }> = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const found = /^\s{0,4}"((?:[^"\\]|\\.)*)"\s*:/u.exec(line);
    if (found?.[1] !== undefined) keys.push({ key: JSON.parse(`"${found[1]}"`) as string, line: i + 1 });
  });
  return keys;
}

/** Renderings of one language, checked against the clause ids: none missing, none extra, none empty. */
export function parseRenderings(
  file: string,
  lang: RenderingLang,
  text: string,
  clauses: ReadonlyArray<Pick<Clause, 'id'>>,
): Map<string, string> {
  const data = parseJson(file, text);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new TranslationError(file, 1, 'expected an object of clause id → rendering');
  }
  const offsets = jsonValueOffsets(text);
  const lineOf = (id: string) => lineOfPath(text, offsets, id);
  const seen = new Set<string>();
  for (const { key, line } of topLevelKeys(text)) {
    if (seen.has(key)) throw new TranslationError(file, line, `clause ${key} has two renderings`);
    seen.add(key);
  }
  const ids = new Set(clauses.map((clause) => clause.id));
  const out = new Map<string, string>();
  for (const [id, value] of Object.entries(data as Record<string, unknown>)) {
    if (!ids.has(id)) {
      throw new TranslationError(file, lineOf(id), `rendering for clause ${id}, which the index does not have (renamed or removed?)`);
    }
    if (typeof value !== 'string' || value.trim() === '') {
      throw new TranslationError(file, lineOf(id), `the rendering of ${id} must be a non-empty string`);
    }
    if (CJK.test(value)) {
      throw new TranslationError(file, lineOf(id), `the ${LANGUAGE_NAMES[lang]} rendering of ${id} holds Chinese characters`);
    }
    const script = lang === 'ru' ? CYRILLIC_LETTER : LATIN_LETTER;
    if (!script.test(value)) {
      throw new TranslationError(file, lineOf(id), `the rendering of ${id} is not in ${LANGUAGE_NAMES[lang]}`);
    }
    out.set(id, value);
  }
  let previousLine = 1;
  for (const clause of clauses) {
    if (!out.has(clause.id)) {
      throw new TranslationError(file, previousLine, `no ${LANGUAGE_NAMES[lang]} rendering for clause ${clause.id}`);
    }
    previousLine = lineOf(clause.id);
  }
  return out;
}

/** The glossary, each term resolved to the clauses holding its Chinese forms. */
export function parseGlossary(file: string, text: string, clauses: ReadonlyArray<Pick<Clause, 'id' | 'text'>>): GlossaryEntry[] {
  const data = parseJson(file, text);
  const offsets = jsonValueOffsets(text);
  const fail = (path: string, message: string): never => {
    throw new TranslationError(file, lineOfPath(text, offsets, path), `${path}: ${message}`);
  };
  if (!Array.isArray(data)) fail('', 'expected an array of terms');
  const quotedPhrases = clauses.flatMap((clause) => findQuotes(clause.text).map((span) => span.quote));
  const ids = new Set<string>();
  return (data as unknown[]).map((raw, i): GlossaryEntry => {
    const at = `[${i}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(at, 'expected an object');
    const entry = raw as Record<string, unknown>;
    const known = new Set(['id', 'zh', 'en', 'ru', 'note']);
    for (const key of Object.keys(entry)) if (!known.has(key)) fail(`${at}.${key}`, `unknown field ${key}`);
    const id = entry.id;
    if (typeof id !== 'string' || !SLUG.test(id)) return fail(`${at}.id`, 'expected a lower-case slug such as golden-dome');
    if (ids.has(id)) fail(`${at}.id`, `duplicate id ${id}`);
    ids.add(id);
    const list = (key: 'zh' | 'en' | 'ru', script: RegExp, scriptName: string): string[] => {
      const value = entry[key];
      if (!Array.isArray(value) || value.length === 0) return fail(`${at}.${key}`, 'expected a non-empty array of strings');
      const seen = new Set<string>();
      return value.map((form, j) => {
        const path = `${at}.${key}[${j}]`;
        if (typeof form !== 'string' || form.trim() === '') return fail(path, 'expected a non-empty string');
        if (!script.test(form)) fail(path, `"${form}" is not ${scriptName}`);
        if (key !== 'zh' && CJK.test(form)) fail(path, `"${form}" holds Chinese characters`);
        const folded = form.toLowerCase();
        if (seen.has(folded)) fail(path, `"${form}" is listed twice`);
        seen.add(folded);
        return form;
      });
    };
    const zh = list('zh', CJK, 'Chinese');
    // Russian news keeps some names in Latin letters (AUKUS): any letters will do there.
    const en = list('en', LATIN_LETTER, 'in Latin letters');
    const ru = list('ru', /\p{L}/u, 'a word');
    const clauseIds = new Set<string>();
    zh.forEach((form, j) => {
      const holding = clauses.filter((clause) => clause.text.includes(form));
      if (holding.length === 0) fail(`${at}.zh[${j}]`, `"${form}" occurs in no clause`);
      for (const clause of holding) clauseIds.add(clause.id);
    });
    // Borrowed: the clause quotes the term itself, or a phrase the term is most of (美国金穹 → 金穹 is not, but is listed).
    const quoted = zh.some((form) => quotedPhrases.some((phrase) => phrase.includes(form) && form.length >= 0.6 * phrase.length));
    return {
      id,
      zh,
      en,
      ru,
      clauseIds: clauses.filter((clause) => clauseIds.has(clause.id)).map((clause) => clause.id),
      quoted,
    };
  });
}

/**
 * Checks the renderings and the glossary against the clauses and adds the
 * renderings to them (`clause.renderings`). Returns the resolved glossary.
 * Throws TranslationError (file:line) on the first problem.
 */
export function attachTranslations(clauses: Clause[], input: TranslationInput): GlossaryEntry[] | undefined {
  const byLang = new Map<RenderingLang, Map<string, string>>();
  for (const lang of RENDERING_LANGS) {
    const source = input.renderings.find((r) => r.lang === lang);
    if (!source) throw new TranslationError(`data/translations/${lang}.json`, 1, `no ${LANGUAGE_NAMES[lang]} renderings file`);
    byLang.set(lang, parseRenderings(source.file, lang, source.text, clauses));
  }
  const glossary = input.glossary ? parseGlossary(input.glossary.file, input.glossary.text, clauses) : undefined;
  for (const clause of clauses) {
    const renderings = {} as ClauseRenderings;
    for (const lang of RENDERING_LANGS) renderings[lang] = byLang.get(lang)?.get(clause.id) ?? '';
    clause.renderings = renderings;
  }
  return glossary;
}
