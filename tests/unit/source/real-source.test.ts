import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build';
import { checkCoverage } from '../../../lib/source/coverage';
import { withoutOpening } from '../../../lib/source/numerals';
import { squeeze } from '../../../lib/source/punctuation';
import { readEvidenceInput } from '../../../scripts/evidence-sources';

/** The real scrape is one more test: rules proven on made-up sources must hold on it. */
const dir = 'data/sources';
const sources = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => {
    const bytes = readFileSync(`${dir}/${name}`);
    return { file: `${dir}/${name}`, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), sha256: createHash('sha256').update(bytes).digest('hex') };
  });
const metadataFile = 'data/documents.json';
const index = buildIndex({ sources, metadata: { file: metadataFile, text: readFileSync(metadataFile, 'utf8') }, evidence: readEvidenceInput() });
const textOf = new Map(sources.map((s) => [s.file, s.text]));
const clausesOf = (docId: string) => index.clauses.filter((c) => c.docId === docId);
const byId = (id: string) => {
  const found = index.clauses.find((c) => c.id === id);
  if (!found) throw new Error(`no clause ${id}`);
  return found;
};
const flagKinds = (id: string) => byId(id).flags.map((f) => f.kind);

describe('the real source: nothing lost, nothing invented', () => {
  it('puts every non-whitespace character in exactly one clause or exclusion', () => {
    expect(checkCoverage({ files: sources, clauses: index.clauses, excluded: index.excluded })).toEqual([]);
  });

  it.each(index.clauses.map((c) => [c.id, c] as const))('%s: text is its source spans put together', (_id, c) => {
    const slices = c.sources.map((span) => textOf.get(span.file)?.slice(span.start, span.end) ?? '');
    expect(squeeze(slices.join(''))).toBe(squeeze(c.text));
    expect(c.sources.length).toBeGreaterThan(0);
  });

  it('gives every exclusion a reason and a note', () => {
    for (const e of index.excluded) {
      expect(e.reason).toBeTruthy();
      expect(e.note).toBeTruthy();
    }
  });
});

describe('the real source: documents', () => {
  it('holds the three joint statements and the news report, each with clauses', () => {
    expect(index.documents.map((d) => [d.id, d.type, d.incomplete])).toEqual([
      ['strategic-stability-2025', 'joint-statement', false],
      ['intl-law-2025', 'joint-statement', false],
      ['partnership-2025', 'joint-statement', true],
      ['talks-report-2025', 'news-report', true],
    ]);
    for (const d of index.documents) expect(d.clauseCount).toBe(clausesOf(d.id).length);
    expect(index.clauses.filter((c) => c.docId === 'unplaced')).toEqual([]);
  });

  it('keeps news-report text out of the statements', () => {
    const statements = index.clauses.filter((c) => c.docId !== 'talks-report-2025').map((c) => c.text);
    for (const text of statements) {
      expect(text).not.toMatch(/习近平强调|等参加。|■|上接第|要坚持/u);
    }
    const report = clausesOf('talks-report-2025').map((c) => c.text);
    expect(report.some((t) => t.startsWith('习近平强调'))).toBe(true);
    expect(report).toContain('蔡奇、王毅等参加。');
    expect(report.some((t) => t.startsWith('中俄双方要深化政治互信'))).toBe(true);
  });

  it('places the closing paragraphs and signature printed after the international-law statement in the partnership statement', () => {
    const intlLaw = clausesOf('intl-law-2025');
    expect(intlLaw.every((c) => c.kind === 'numbered')).toBe(true);
    const moved = clausesOf('partnership-2025').filter((c) => c.flags.some((f) => f.kind === 'relocated'));
    expect(moved.map((c) => c.text.slice(0, 6))).toEqual(['《2063年', '双方欢迎拉美', '双方主张维护']);
    const signature = index.excluded.filter((e) => e.reason === 'signature');
    expect(signature.length).toBeGreaterThan(0);
    expect(signature.every((e) => e.docId === 'partnership-2025')).toBe(true);
  });

  it('numbers the international-law clauses in order, and records the numbers the source lost', () => {
    const labels = clausesOf('intl-law-2025').map((c) => c.label);
    expect(labels.slice(0, 3)).toEqual(['一', '二', '三']);
    expect(labels).not.toContain('十七');
    expect(labels[labels.length - 1]).toBe('二十三');
    expect(index.documents.find((d) => d.id === 'intl-law-2025')?.missingLabels).toEqual(['十七', '十八', '二十四']);
  });

  it('labels the preamble and the paragraphs of the strategic-stability statement', () => {
    const labels = clausesOf('strategic-stability-2025').map((c) => c.label);
    expect(labels[0]).toBe('序言');
    expect(labels[1]).toBe('第2段');
  });

  it('gives unique, URL-fragment-safe ids', () => {
    const ids = index.clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/u);
  });
});

describe('the real source: defects repaired or flagged', () => {
  it('indexes no text twice', () => {
    const bodies = index.clauses.map((c) => squeeze(withoutOpening(c.text)));
    expect(new Set(bodies).size).toBe(bodies.length);
  });

  it('records the repeated block and the number carrying another clause text as duplicates', () => {
    const duplicates = index.excluded.filter((e) => e.reason === 'duplicate');
    expect(duplicates.length).toBe(10);
    const ids = new Set(index.clauses.map((c) => c.id));
    for (const d of duplicates) expect(ids.has(d.duplicateOf ?? '')).toBe(true);
    for (const id of ['intl-law-2025-c10', 'intl-law-2025-c11', 'intl-law-2025-c23']) {
      expect(flagKinds(id)).toContain('repeats-other-clause');
    }
  });

  it('rejoins every page-split paragraph', () => {
    const rejoined = index.clauses.filter((c) => c.flags.some((f) => f.kind === 'rejoined'));
    expect(rejoined.length).toBeGreaterThanOrEqual(6);
    for (const c of rejoined) expect(c.sources.length).toBeGreaterThan(1);
    expect(index.clauses.some((c) => c.text.includes('一切主要因素'))).toBe(true);
    expect(index.clauses.some((c) => c.text.includes('双方主张在中俄《防止在外空放置武器'))).toBe(true);
    for (const c of index.clauses) expect(c.text).not.toMatch(/^[的,、。]/u);
  });

  it('joins the orphan tail back to clause 十六', () => {
    const c16 = byId('intl-law-2025-c16');
    expect(c16.text.endsWith('相关多边文书的有效性和效能及其以协商一致为基础的性质。')).toBe(true);
    expect(flagKinds('intl-law-2025-c16')).toContain('tail-joined');
    expect(flagKinds('intl-law-2025-c16')).not.toContain('truncated');
  });

  it('flags clauses cut off mid-sentence', () => {
    expect(flagKinds('intl-law-2025-c23')).toContain('truncated');
    const truncated = index.clauses.filter((c) => c.flags.some((f) => f.kind === 'truncated'));
    for (const c of truncated) expect(c.text).not.toMatch(/[。!?]$/u);
    for (const c of index.clauses.filter((c) => !truncated.includes(c))) expect(c.text).toMatch(/[。!?:]$/u);
  });

  it('flags the paragraph spliced with another (shared run)', () => {
    const p3 = byId('strategic-stability-2025-p3');
    const shared = p3.flags.find((f) => f.kind === 'shared-run');
    expect(shared?.otherClauseId).toBe('strategic-stability-2025-p5');
    expect(p3.text.slice(shared?.start, shared?.end)).toMatch(/^周边敏感地区建立或扩大常设军事基地/u);
  });

  it('flags stray Latin words and doubled characters, leaving the text as printed', () => {
    const latin = index.clauses.flatMap((c) => c.flags.filter((f) => f.kind === 'stray-latin').map((f) => c.text.slice(f.start, f.end)));
    expect(latin).toEqual(['and', 'and']);
    const doubled = index.clauses.flatMap((c) => c.flags.filter((f) => f.kind === 'doubled-char').map((f) => c.text.slice(f.start, f.end)));
    expect(doubled.sort()).toEqual(['对对', '有有', '系系'].sort());
  });

  it('records headings, page markers, the section numeral and datelines as exclusions', () => {
    const reasons = new Set(index.excluded.map((e) => e.reason));
    for (const reason of ['heading', 'page-marker', 'section-numeral', 'dateline', 'date-line', 'signature', 'duplicate']) {
      expect(reasons.has(reason as never)).toBe(true);
    }
  });
});
