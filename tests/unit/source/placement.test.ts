import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '../../../lib/source/catalogue';
import { UNPLACED_DOC_ID } from '../../../lib/source/catalogue';
import { parseSources } from '../../../lib/source/parse';
import { catalogueFor, clause, kinds, paragraphs, parseOne } from './helpers';

const fixture = 'tests/fixtures/sources/rivers/rivers-and-forests.txt';
const text = readFileSync(fixture, 'utf8');
const meta = JSON.parse(readFileSync('tests/fixtures/sources/rivers/documents.json', 'utf8')) as {
  documents: CatalogueEntry[];
};
const result = parseSources([{ file: fixture, text }], meta.documents);
const textsOf = (docId: string) => result.clauses.filter((c) => c.docId === docId).map((c) => c.text);

describe('placing paragraphs by evidence (made-up three-statement scrape)', () => {
  it('moves unnumbered paragraphs printed after a numbered statement to the one statement that can take them', () => {
    expect(textsOf('forests-2024').every((t) => /^[一二三四五六]、/u.test(t))).toBe(true);
    expect(textsOf('partnership-2024')).toContain('双方欢迎各国青年参与植树活动,共同建设美丽家园。');
    expect(kinds({ ...result, missingHeadings: [] }, 'partnership-2024-f3')).toContain('relocated');
  });

  it('sends the signature block with the paragraphs it closes', () => {
    const signature = result.excluded.filter((e) => e.reason === 'signature' || e.reason === 'date-line');
    expect(signature.map((e) => e.docId)).toEqual(['rivers-2024', 'partnership-2024', 'partnership-2024', 'partnership-2024']);
  });

  it('keeps news-report paragraphs apart from the statement they are printed in', () => {
    expect(textsOf('talks-2024')).toEqual(['王五强调,面对复杂多变的地区形势,两国要坚持相互支持,携手应对共同挑战。', '赵六、孙七等参加。']);
    expect(textsOf('partnership-2024').some((t) => t.includes('王五'))).toBe(false);
  });

  it('does not rejoin a statement paragraph cut mid-word with a news paragraph after it', () => {
    const cut = result.clauses.find((c) => c.text.endsWith('稳定畅通的农产'));
    expect(cut?.flags.map((f) => f.kind)).toContain('truncated');
  });

  it('flags every clause of an incomplete document', () => {
    for (const c of result.clauses.filter((c) => c.docId === 'partnership-2024')) {
      expect(c.flags.map((f) => f.kind)).toContain('incomplete-document');
    }
  });

  it('keeps foreign paragraphs unplaced, flagged, when no single document can take them', () => {
    const source = paragraphs('# 甲声明', '一、双方认为。', '二、双方主张。', '双方欢迎青年交流。', '双方愿意合作。');
    const parsed = parseOne(source);
    const stray = parsed.clauses.filter((c) => c.docId === UNPLACED_DOC_ID);
    expect(stray.map((c) => c.text)).toEqual(['双方欢迎青年交流。', '双方愿意合作。']);
    expect(stray.every((c) => c.flags.some((f) => f.kind === 'unplaced'))).toBe(true);
  });

  it('keeps news paragraphs unplaced when the metadata has no news report', () => {
    const source = paragraphs('# 甲声明', '双方认为合作重要。', '王五强调,两国要坚持合作。');
    const parsed = parseOne(source, catalogueFor(source));
    expect(clause(parsed, `${UNPLACED_DOC_ID}-f1`).flags.map((f) => f.kind)).toContain('unplaced');
  });
});
