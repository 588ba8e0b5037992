/**
 * What cross-language matching searches, per language: each clause's
 * rendering as a sequence of words, the glossary's forms as word sequences
 * pointing at the clauses that hold the term, and BM25 statistics over
 * "documents" made of a clause's rendering plus the forms of its glossary
 * terms. Built from the index on first use of a language (≈ 2–4 ms), so a
 * page without English or Russian quotes never pays for it.
 */
import type { Clause, GlossaryEntry } from '../../index/types';
import type { CrossLang, Word, WordReader } from './words';

export interface GlossaryForm {
  entry: number;
  keys: string[];
}

export interface ClauseDoc {
  /** Index of the clause in the index's clause list. */
  clause: number;
  words: Word[];
  /** Key → positions in `words`. */
  positions: Map<string, number[]>;
  /** Document length for BM25 (rendering words plus glossary-form words). */
  length: number;
  /** Glossary entries the clause holds. */
  entries: Set<number>;
  /** Where the rendering itself uses a form of an entry, each place as word positions [from, to). Filled on first need. */
  termSpans?: Map<number, Array<{ from: number; to: number }>>;
}

export interface LangModel {
  lang: CrossLang;
  /** The index's own word reader (its lexicon), for quotes and the words around them. */
  reader: WordReader;
  docs: ClauseDoc[];
  /** Key → [doc, term frequency] pairs. */
  postings: Map<string, Array<[number, number]>>;
  /** Inverse document frequency by key; `maxIdf` for keys no clause has. */
  idf: Map<string, number>;
  maxIdf: number;
  averageLength: number;
  /** Glossary forms by their first key, longest first. */
  forms: Map<string, GlossaryForm[]>;
  glossary: ReadonlyArray<GlossaryEntry>;
  /** Entries held by more than GENERIC_TERM_CLAUSES clauses are not evidence of a clause. */
  distinctive: ReadonlySet<number>;
}

/** A term in this many clauses or more ("strategic stability", "outer space") says little about which. */
export const GENERIC_TERM_CLAUSES = 4;

export function buildLangModel(
  clauses: ReadonlyArray<Pick<Clause, 'id' | 'renderings'>>,
  glossary: ReadonlyArray<GlossaryEntry>,
  lang: CrossLang,
  reader: WordReader,
): LangModel {
  const contentWords = reader.contentWords;
  const position = new Map(clauses.map((clause, i) => [clause.id, i]));
  const entriesOf = new Map<number, Set<number>>();
  const forms = new Map<string, GlossaryForm[]>();
  const formKeys: string[][][] = glossary.map((entry) => entry[lang].map((form) => contentWords(form, lang).map((w) => w.key)));
  glossary.forEach((entry, e) => {
    for (const id of entry.clauseIds) {
      const at = position.get(id);
      if (at === undefined) continue;
      let set = entriesOf.get(at);
      if (!set) {
        set = new Set();
        entriesOf.set(at, set);
      }
      set.add(e);
    }
    for (const keys of formKeys[e] ?? []) {
      const first = keys[0];
      if (first === undefined) continue;
      const list = forms.get(first) ?? [];
      list.push({ entry: e, keys });
      forms.set(first, list);
    }
  });
  for (const list of forms.values()) list.sort((a, b) => b.keys.length - a.keys.length);

  const docs: ClauseDoc[] = [];
  const postings = new Map<string, Array<[number, number]>>();
  clauses.forEach((clause, i) => {
    const text = clause.renderings?.[lang];
    if (!text) return;
    const words = contentWords(text, lang);
    const positions = new Map<string, number[]>();
    words.forEach((word, p) => {
      const list = positions.get(word.key);
      if (list) list.push(p);
      else positions.set(word.key, [p]);
    });
    const entries = entriesOf.get(i) ?? new Set<number>();
    const counts = new Map<string, number>();
    for (const word of words) counts.set(word.key, (counts.get(word.key) ?? 0) + 1);
    let length = words.length;
    for (const e of entries) {
      for (const keys of formKeys[e] ?? []) {
        for (const key of keys) {
          // A term's forms count once each: they name what the clause says, not how often.
          if (!positions.has(key)) counts.set(key, 1);
        }
      }
    }
    length += counts.size - positions.size;
    const doc = docs.length;
    docs.push({ clause: i, words, positions, length, entries });
    for (const [key, tf] of counts) {
      const list = postings.get(key);
      if (list) list.push([doc, tf]);
      else postings.set(key, [[doc, tf]]);
    }
  });
  const n = docs.length;
  const idf = new Map<string, number>();
  for (const [key, list] of postings) idf.set(key, Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)));
  const distinctive = new Set<number>();
  glossary.forEach((entry, e) => {
    if (entry.clauseIds.length < GENERIC_TERM_CLAUSES) distinctive.add(e);
  });
  return {
    lang,
    reader,
    docs,
    postings,
    idf,
    maxIdf: Math.log(1 + (n + 0.5) / 0.5),
    averageLength: n === 0 ? 1 : docs.reduce((sum, doc) => sum + doc.length, 0) / n,
    forms,
    glossary,
    distinctive,
  };
}

export interface FoundTerm {
  entry: number;
  /** Word positions [from, to) in the searched word list. */
  from: number;
  to: number;
}

/** Glossary forms occurring in a word list, longest first, not overlapping. */
export function findTerms(model: LangModel, words: ReadonlyArray<Word>): FoundTerm[] {
  const found: FoundTerm[] = [];
  for (let i = 0; i < words.length; ) {
    const candidates = model.forms.get((words[i] as Word).key);
    let matched: FoundTerm | undefined;
    if (candidates) {
      for (const form of candidates) {
        if (i + form.keys.length > words.length) continue;
        let ok = true;
        for (let k = 1; k < form.keys.length; k++) {
          if (words[i + k]?.key !== form.keys[k]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          matched = { entry: form.entry, from: i, to: i + form.keys.length };
          break;
        }
      }
    }
    if (matched) {
      // The same words may name several entries (金穹 and 美国金穹 forms): keep each.
      for (const form of candidates ?? []) {
        if (form.entry === matched.entry || form.keys.length !== matched.to - matched.from) continue;
        if (form.keys.every((key, k) => words[i + k]?.key === key)) found.push({ ...matched, entry: form.entry });
      }
      found.push(matched);
      i = matched.to;
    } else {
      i++;
    }
  }
  return found;
}
