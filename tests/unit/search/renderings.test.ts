import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type LoadedIndex, loadIndex } from '../../../lib/clauselens';
import type { Clause, ClauseIndex, GlossaryEntry } from '../../../lib/index/types';
import { buildLexicon } from '../../../lib/match/crosslingual/lexicon';
import { type ClauseSearch, createClauseSearch, type SearchHit } from '../../../lib/search/clause-search';
import { buildSearchData, type SearchData } from '../../../lib/search/build';
import { createRenderingSearch } from '../../../lib/search/rendering-search';

let index: ClauseIndex;
let loaded: LoadedIndex;
let search: ClauseSearch;

beforeAll(() => {
  index = JSON.parse(readFileSync('data/generated/clause-index.json', 'utf8')) as ClauseIndex;
  loaded = loadIndex(index);
  search = createClauseSearch(loaded, index.search as SearchData);
});

const renderingOf = (hit: SearchHit | undefined) =>
  hit && hit.lang !== 'zh' ? (hit.clause.renderings?.[hit.lang] ?? '') : '';
const marked = (text: string, spans: ReadonlyArray<{ start: number; end: number }> = []) =>
  spans.map((s) => text.slice(s.start, s.end));

/**
 * What an English or a Russian reader would type for a key term of each
 * statement, and the Chinese term the clause must hold for the first result to
 * be about that concept.
 */
const READER_QUERIES: Array<{ doc: string; zh: string; en: string[]; ru: string[] }> = [
  { doc: 'strategic-stability-2025', zh: '金穹', en: ['Golden Dome', 'golden dome missile defense'], ru: ['Золотой купол', 'золотого купола'] },
  { doc: 'strategic-stability-2025', zh: '战略稳定', en: ['strategic stability'], ru: ['стратегическая стабильность'] },
  { doc: 'strategic-stability-2025', zh: '核战争', en: ['nuclear war'], ru: ['ядерная война'] },
  { doc: 'strategic-stability-2025', zh: '外空', en: ['outer space', 'space weapons'], ru: ['космос', 'оружие в космосе'] },
  { doc: 'strategic-stability-2025', zh: '斩首', en: ['decapitation strikes'], ru: ['обезглавливающий удар'] },
  { doc: 'strategic-stability-2025', zh: '生物', en: ['biological weapons'], ru: ['биологическое оружие'] },
  { doc: 'intl-law-2025', zh: '制裁', en: ['sanctions', 'unilateral sanctions'], ru: ['санкции', 'односторонние санкции'] },
  { doc: 'intl-law-2025', zh: '引渡', en: ['extradition'], ru: ['экстрадиция'] },
  { doc: 'intl-law-2025', zh: '双重标准', en: ['double standards'], ru: ['двойные стандарты'] },
  { doc: 'intl-law-2025', zh: '网络犯罪', en: ['cybercrime'], ru: ['киберпреступность'] },
  { doc: 'intl-law-2025', zh: '豁免', en: ['state immunity'], ru: ['иммунитет государства'] },
  { doc: 'partnership-2025', zh: '双遏制', en: ['double containment', 'dual containment'], ru: ['двойное сдерживание'] },
  { doc: 'partnership-2025', zh: '北极', en: ['Arctic'], ru: ['Арктика'] },
  { doc: 'partnership-2025', zh: '东盟', en: ['ASEAN'], ru: ['АСЕАН'] },
  { doc: 'partnership-2025', zh: '南海', en: ['South China Sea'], ru: ['Южно-Китайское море'] },
  { doc: 'partnership-2025', zh: '朝鲜半岛', en: ['Korean Peninsula'], ru: ['Корейский полуостров'] },
  { doc: 'partnership-2025', zh: '阿富汗', en: ['Afghanistan'], ru: ['Афганистан'] },
];

describe('popup search in English and Russian: a reader’s words find the clause that holds the concept', () => {
  for (const { doc, zh, en, ru } of READER_QUERIES) {
    for (const [lang, queries] of [
      ['en', en],
      ['ru', ru],
    ] as const) {
      for (const query of queries) {
        it(`${doc}: “${query}” → a clause with ${zh}`, () => {
          const [first] = search.search(query, { limit: 40 });
          expect(first?.clause.text).toContain(zh);
          expect(first?.clause.docId).toBe(doc);
          expect(first?.kind).toBe('rendering');
          expect(first?.lang).toBe(lang);
          // The words that matched are marked in the rendering the popup shows.
          expect(marked(renderingOf(first), first?.renderingHighlights).length).toBeGreaterThan(0);
        });
      }
    }
  }
});

describe('popup search in English and Russian', () => {
  it('marks the rendering’s own word forms and the Chinese term the query names', () => {
    const [first] = search.search('Золотой купол');
    expect(marked(renderingOf(first), first?.renderingHighlights).some((m) => m.includes('Золотой купол'))).toBe(true);
    expect(marked(first?.clause.text ?? '', first?.highlights)).toContain('美国金穹');
    const [english] = search.search('Arctic');
    expect(marked(renderingOf(english), english?.renderingHighlights)).toEqual(['Arctic']);
    expect(marked(english?.clause.text ?? '', english?.highlights)).toEqual(['北极']);
  });

  it('finds a Russian word in any case form: санкциями, санкций and купола find санкции and купол', () => {
    for (const query of ['санкциями', 'санкций', 'санкции']) {
      const [first] = search.search(query);
      expect(first?.clause.text).toContain('制裁');
      expect(marked(renderingOf(first), first?.renderingHighlights)).toContain('санкции');
    }
    const [dome] = search.search('купола');
    expect(dome?.clause.text).toContain('金穹');
    expect(marked(renderingOf(dome), dome?.renderingHighlights)).toContain('купол');
  });

  it('finds a word while it is being typed, and not once the reader has moved past it', () => {
    expect(search.search('Golden Do')[0]?.clause.text).toContain('金穹');
    expect(search.search('санкц')[0]?.clause.text).toContain('制裁');
    expect(search.search('strategic stabili')[0]?.clause.text).toContain('战略稳定');
    // A finished word ("do ") is a stop word, not the start of "dome": nothing extra is found for it.
    const typing = search.search('golden do').map((h) => h.clause.id);
    const finished = search.search('golden do ').map((h) => h.clause.id);
    expect(finished.length).toBeLessThan(typing.length);
  });

  it('ranks the clause holding all the words, side by side, above clauses holding some of them', () => {
    const hits = search.search('nuclear war');
    expect(hits[0]?.clause.text).toContain('核战争');
    const partial = hits.filter((h) => !h.clause.renderings?.en.toLowerCase().includes('nuclear'));
    expect(partial.length).toBeGreaterThan(0);
    for (const hit of partial) expect(hit.score).toBeLessThan(hits[0]?.score ?? 0);
  });

  it('keeps to the chosen document', () => {
    const hits = search.search('strategic stability', { docId: 'partnership-2025' });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.clause.docId === 'partnership-2025')).toBe(true);
  });

  it('leaves Chinese queries to the Chinese text', () => {
    const hits = search.search('外空');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.lang === 'zh' && h.renderingHighlights === undefined)).toBe(true);
  });

  it('finds the same with the stems stored in the index as with the stemmers run in place', () => {
    const unseeded = createClauseSearch(loaded, { fuse: (index.search as SearchData).fuse });
    for (const query of ['Golden Dome', 'nuclear war', 'санкциями', 'стратегическая стабильность', 'ASEAN']) {
      const ids = (s: ClauseSearch) => s.search(query).map((h) => [h.clause.id, h.score.toFixed(6)].join(' '));
      expect(ids(search)).toEqual(ids(unseeded));
    }
  });
});

describe('rendering search on made-up clauses', () => {
  const clause = (id: string, text: string, en: string, ru: string): Clause => ({
    id,
    docId: 'd',
    ordinal: 1,
    label: id,
    kind: 'paragraph',
    text,
    sources: [],
    flags: [],
    renderings: { en, ru },
  });
  const clauses = [
    clause('a', '双方反对单边制裁。', 'The sides oppose unilateral sanctions.', 'Стороны выступают против односторонних санкций.'),
    clause('b', '双方反对以制裁相威胁。', 'The sides oppose threats of penalties.', 'Стороны против угроз санкциями.'),
    clause('c', '双方关注北极。', 'The sides watch the polar north.', 'Стороны следят за севером.'),
  ];
  const glossary: GlossaryEntry[] = [
    { id: 'arctic', zh: ['北极'], en: ['Arctic'], ru: ['Арктика'], clauseIds: ['c'], quoted: false },
  ];

  it('finds every inflected form of a Russian word', () => {
    const search = createRenderingSearch(clauses, glossary, buildLexicon());
    const hits = search.search('санкции', () => true);
    expect(hits.map((h) => clauses[h.clause]?.id).sort()).toEqual(['a', 'b']);
    const b = hits.find((h) => h.clause === 1);
    expect(b && marked(clauses[1]?.renderings?.ru ?? '', b.renderingSpans)).toEqual(['санкциями']);
  });

  it('finds a clause through its glossary term when its rendering words it otherwise, and marks the Chinese term', () => {
    const search = createRenderingSearch(clauses, glossary, buildLexicon());
    const [first] = search.search('Arctic', () => true);
    expect(first?.clause).toBe(2);
    expect(first?.renderingSpans).toEqual([]);
    expect(marked(clauses[2]?.text ?? '', first?.textSpans)).toEqual(['北极']);
  });

  it('ranks words side by side, and a clause holding the glossary term the query names, above the same words apart', () => {
    const made = [
      // Shorter than the others: by word counts alone (BM25) it would come first.
      clause('apart', '金色的核试验穹顶是战争罪。', 'Golden nuclear dome, war.', 'Купол.'),
      clause('together', '双方强调避免核战争。', 'The sides stress that a nuclear war between the powers must be avoided.', 'Ядерной войны.'),
      clause('term', '双方反对金穹。', 'The sides oppose the plan of the dome, which its authors call golden.', 'Купол.'),
    ];
    const terms: GlossaryEntry[] = [
      { id: 'golden-dome', zh: ['金穹'], en: ['Golden Dome'], ru: ['Золотой купол'], clauseIds: ['term'], quoted: true },
    ];
    const search = createRenderingSearch(made, terms, buildLexicon());
    expect(made[search.search('nuclear war', () => true)[0]?.clause ?? -1]?.id).toBe('together');
    const [first] = search.search('Golden Dome', () => true);
    expect(made[first?.clause ?? -1]?.id).toBe('term');
    expect(marked(made[2]?.text ?? '', first?.textSpans)).toEqual(['金穹']);
  });

  it('stores in the index the stems of every rendering and glossary word, as the stemmer gives them', () => {
    const data = buildSearchData(clauses, glossary, buildLexicon());
    expect(data.stems?.ru?.санкциями).toBe(data.stems?.ru?.санкций);
    expect(data.stems?.en?.sanctions).toBe('sanction');
    expect(data.stems?.en?.arctic).toBeDefined();
    expect(data.stems?.ru?.арктика).toBeDefined();
  });
});
