import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type LoadedIndex, loadIndex } from '../../../lib/clauselens';
import type { ClauseIndex } from '../../../lib/index/types';
import { type ClauseSearch, createClauseSearch } from '../../../lib/search/clause-search';
import { buildSearchData } from '../../../lib/search/build';

let loaded: LoadedIndex;
let search: ClauseSearch;

beforeAll(() => {
  const index = JSON.parse(readFileSync('data/generated/clause-index.json', 'utf8')) as ClauseIndex;
  loaded = loadIndex(index);
  search = createClauseSearch(loaded, buildSearchData(index.clauses));
});

const marked = (text: string, spans: Array<{ start: number; end: number }>) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('popup search', () => {
  it('lists every clause that contains 外空 first, with the hits marked', () => {
    const hits = search.search('外空');
    const containing = loaded.index.clauses.filter((c) => c.text.includes('外空'));
    expect(containing.length).toBeGreaterThan(1);
    const firstIds = hits.slice(0, containing.length).map((h) => h.clause.id);
    expect(new Set(firstIds)).toEqual(new Set(containing.map((c) => c.id)));
    for (const hit of hits.slice(0, containing.length)) {
      expect(hit.kind).toBe('exact');
      expect(marked(hit.clause.text, hit.highlights).every((s) => s === '外空')).toBe(true);
    }
  });

  it('finds 核战争打不赢也打不得 from traditional script 核戰爭打不贏', () => {
    const [first] = search.search('核戰爭打不贏');
    expect(first?.clause.text).toContain('核战争打不赢也打不得');
    expect(marked(first?.clause.text ?? '', first?.highlights ?? [])).toEqual(['核战争打不赢']);
  });

  it('treats full-width and half-width input alike', () => {
    const half = search.search('主权平等,领土完整').map((h) => h.clause.id);
    const full = search.search('主权平等，领土完整').map((h) => h.clause.id);
    expect(half.length).toBeGreaterThan(0);
    expect(full).toEqual(half);
  });

  it('filters by document', () => {
    const docId = loaded.index.documents[1]?.id as string;
    const hits = search.search('双方', { docId });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.clause.docId === docId)).toBe(true);
  });

  it('finds a clause with one character wrong as a close match after the exact ones', () => {
    const clause = loaded.index.clauses.find((c) => c.text.includes('政治外交途径是推动全面解决朝鲜半岛问题的唯一出路'));
    expect(clause).toBeDefined();
    const hits = search.search('政治外交途径是推进全面解决朝鲜半岛问题的唯一出路');
    expect(hits[0]?.clause.id).toBe(clause?.id);
    expect(hits[0]?.kind).toBe('close');
  });

  it('keeps to exact hits when there are enough of them for the page of results', () => {
    const hits = search.search('国际法', { limit: 3 });
    expect(hits).toHaveLength(3);
    expect(hits.every((h) => h.kind === 'exact')).toBe(true);
  });

  it('returns nothing for an empty query and does not list a clause twice', () => {
    expect(search.search('   ')).toEqual([]);
    const ids = search.search('国际法').map((h) => h.clause.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
