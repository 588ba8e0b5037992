import Fuse from 'fuse.js';
import type { Clause, GlossaryEntry, RenderingLang } from '../index/types';
import type { Lexicon } from '../match/crosslingual/lexicon';
import { createWordReader, type KnownStems } from '../match/crosslingual/words';

/** What the popup search stores in the index (`index.search`). */
export interface SearchData {
  /** Fuse.js index, built once here and loaded with `Fuse.parseIndex` in the popup. */
  fuse: unknown;
  /**
   * The stem of every word of the renderings and glossary forms, so that the
   * first English or Russian keystroke in the popup does not run the stemmers
   * over every rendering (see rendering-search.ts).
   */
  stems?: KnownStems;
}

export const FUSE_KEYS = ['text', 'label'] as const;

const RENDERING_LANGS: RenderingLang[] = ['en', 'ru'];

export function buildSearchData(
  clauses: ReadonlyArray<Clause>,
  glossary?: ReadonlyArray<GlossaryEntry>,
  lexicon?: Lexicon,
): SearchData {
  const data: SearchData = { fuse: Fuse.createIndex([...FUSE_KEYS], clauses as Clause[]).toJSON() };
  if (!clauses.some((clause) => clause.renderings)) return data;
  const reader = createWordReader(lexicon);
  const stems: KnownStems = {};
  for (const lang of RENDERING_LANGS) {
    for (const clause of clauses) reader.contentWords(clause.renderings?.[lang] ?? '', lang);
    for (const entry of glossary ?? []) for (const form of entry[lang]) reader.contentWords(form, lang);
    stems[lang] = reader.knownStems(lang);
  }
  return { ...data, stems };
}
