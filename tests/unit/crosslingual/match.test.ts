import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateText, explainQuote, loadIndex, matchQuote } from '../../../lib/clauselens';
import type { ClauseIndex } from '../../../lib/index/types';

const INDEX_PATH = 'data/generated/clause-index.json';
if (!existsSync(INDEX_PATH)) execSync('npm run --silent index', { stdio: 'inherit' });
const index = JSON.parse(readFileSync(INDEX_PATH, 'utf8')) as ClauseIndex;
const loaded = loadIndex(index);
// The shape of matches is under test here, not the fitted decision: a model that accepts what aligns well.
const evidence = index.evidence as { model: { features: string[] } };
const aligning = loadIndex({
  ...index,
  evidence: {
    ...evidence,
    model: {
      features: evidence.model.features,
      // Accepts an exact Chinese quote, and an English or Russian one with under a fifth of it uncovered.
      weights: evidence.model.features.map((f) => ({ zhExact: 40, crossCloseness: 10 })[f] ?? 0),
      bias: -20,
      threshold: 0.5,
      crossThreshold: 0.5,
    },
  },
});
const rendering = (id: string, lang: 'en' | 'ru') => loaded.clausesById.get(id)?.renderings?.[lang] ?? '';

describe('annotateText on mixed-language text', () => {
  const text = [
    '新华社莫斯科5月8日电 中俄联合声明指出，“双方谴责将商业航天系统用于干涉主权国家内政、介入他国武装冲突的行为”。',
    'In the joint statement, China and Russia said the U.S. Golden Dome programme was “deeply destabilising”.',
    'В совместном заявлении Россия и Китай «решительно осуждают подобные провокационные действия, подрывающие региональную стабильность».',
    'A Pentagon spokesman said the shield was “purely defensive in nature”.',
  ].join('\n');
  const { matches, quotes } = annotateText(aligning, text);

  it('matches each language with the same output shape, saying which language and how', () => {
    expect(quotes).toHaveLength(4);
    expect(matches.map((m) => [m.lang, m.method, m.clauseId])).toEqual([
      ['zh', 'direct', 'strategic-stability-2025-p11'],
      ['en', 'cross-language', 'strategic-stability-2025-p8'],
      ['ru', 'cross-language', 'strategic-stability-2025-p7'],
    ]);
    for (const match of matches) {
      expect(text.slice(match.start, match.end)).toBe(match.quote);
      expect(match.candidates[0]?.clauseId).toBe(match.clauseId);
    }
  });

  it('gives a cross-language match its span in the rendering, below an exact score, with no Chinese span', () => {
    const en = matches[1];
    expect(en?.rendering?.lang).toBe('en');
    expect(en?.score).toBeLessThan(1);
    expect(en?.clauseEnd).toBe(en?.clauseStart);
    const ru = matches[2];
    const text = rendering('strategic-stability-2025-p7', 'ru');
    const marked = (ru?.rendering?.spans ?? []).map((span) => text.slice(span.start, span.end)).join(' | ');
    expect(marked).toMatch(/решительно осуждают такие провокационные действия, подрывающие региональную стабильность/u);
    expect(ru?.rendering?.start).toBe(ru?.rendering?.spans[0]?.start);
  });

  it('leaves the Chinese path as it was for Chinese quotes', () => {
    const zh = matches[0];
    expect(zh?.rendering).toBeUndefined();
    expect(zh?.score).toBe(1);
  });
});

describe('short and borrowed quotes need context', () => {
  const named = { namesDocument: true, namesParties: true, otherYearsOnly: false };

  it('never takes a quote of another year’s text on a page that names only that year for one of ours', () => {
    expect(
      annotateText(loaded, 'Reagan and Gorbachev declared in 1985 that “a nuclear war cannot be won and must never be fought”.').matches,
    ).toEqual([]);
  });

  it('rejects generic phrases that fit many clauses, however the page reads', () => {
    expect(matchQuote(loaded, 'strategic stability', { topic: named })).toBeNull();
    expect(matchQuote(loaded, 'deeply concerned', { topic: named })).toBeNull();
  });

  it('weighs the words beside a short quote: its subject named beside it raises the score', () => {
    const page = 'China and Russia said in a joint statement';
    const withSubject = explainQuote(loaded, 'deeply destabilising', { before: `${page} that the Golden Dome was `, topic: named });
    const without = explainQuote(loaded, 'deeply destabilising', { before: `${page} that the plan was `, topic: named });
    expect(withSubject?.features.crossTermBeside).toBe(1);
    expect(without?.features.crossTermBeside).toBe(0);
    expect(withSubject?.verdict.probability ?? 0).toBeGreaterThan(without?.verdict.probability ?? 1);
  });
});

describe('an index built without renderings', () => {
  it('falls back to the Chinese path for every quote', () => {
    const bare = loadIndex({ ...index, clauses: index.clauses.map(({ renderings: _r, ...clause }) => clause) });
    expect(bare.cross).toBeNull();
    expect(annotateText(bare, 'the U.S. Golden Dome programme was “deeply destabilising”.').matches).toEqual([]);
  });
});

describe('citations of a rendering', () => {
  it('quote the rendering, mark it unofficial and still name the Chinese original', async () => {
    const { formatCitation } = await import('../../../lib/cite');
    const clause = loaded.clausesById.get('strategic-stability-2025-p11');
    const document = clause && loaded.documentsById.get(clause.docId);
    if (!clause || !document) throw new Error('no clause');
    const input = {
      clause,
      document,
      documentUrl: 'chrome-extension://x/document.html#strategic-stability-2025-p11',
      accessed: new Date(2025, 5, 1),
      rendering: { lang: 'en' as const, text: clause.renderings?.en ?? '' },
    };
    const plain = formatCitation('plain', input).text;
    expect(plain).toContain(`“${clause.renderings?.en}” (unofficial English translation by ClauseLens of the Chinese original) — ${document.titleEn}`);
    expect(formatCitation('markdown', input).text).toContain('(unofficial English translation by ClauseLens of the Chinese original)');
    const { rendering: _r, ...original } = input;
    expect(formatCitation('plain', original).text).toContain(clause.text);
  });
});

describe('crossCardView', () => {
  it('marks the matched words in the rendering and the matched terms in the Chinese original', async () => {
    const { crossCardView, markSegments } = await import('../../../lib/clauselens');
    expect(markSegments('abcdef', [{ start: 1, end: 3 }, { start: 2, end: 4 }])).toEqual([
      { text: 'a', marked: false },
      { text: 'bc', marked: true },
      { text: 'd', marked: true },
      { text: 'ef', marked: false },
    ]);
    const text = 'The joint statement said the plan would “weaponize outer space” under the Golden Dome program.';
    const match = annotateText(aligning, `China and Russia, in their joint statement: ${text}`).matches[0];
    const clause = match && loaded.clausesById.get(match.clauseId);
    if (!match?.rendering || !clause) throw new Error('no cross-language match');
    const view = crossCardView(clause, match.rendering);
    expect(view?.unofficial).toBe('unofficial translation');
    expect(view?.method).toBe('cross-language match');
    expect(view?.rendering.map((s) => s.text).join('')).toBe(clause.renderings?.en);
    expect(view?.rendering.filter((s) => s.marked).map((s) => s.text)).toContain('weaponize outer space');
    expect(view?.original.filter((s) => s.marked).map((s) => s.text)).toContain('外空武器化');
  });
});
