import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '../../../lib/source/catalogue';
import { checkCoverage } from '../../../lib/source/coverage';
import { parseSources } from '../../../lib/source/parse';
import { realIndex } from './arbitraries';

const HEADINGS = ['甲国和乙国关于全球战略稳定的联合声明', '甲国和乙国关于维护国际法权威的联合声明', '甲国和乙国关于深化伙伴关系的联合声明'];
const CATALOGUE: CatalogueEntry[] = HEADINGS.map((heading, i) => ({
  id: `doc-${i + 1}`,
  type: 'joint-statement',
  heading,
  incomplete: false,
}));
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '二十三'];

/** Sentences of the real clauses: what a source paragraph is made of. */
function sentences(): string[] {
  return realIndex()
    .index.clauses.flatMap((c) => c.text.split(/(?<=[。；！？])/u))
    .filter((s) => s.length >= 4);
}

type Block =
  | { kind: 'heading'; which: number; body: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'numbered'; numeral: string; text: string }
  | { kind: 'broken'; text: string; at: number }
  | { kind: 'duplicate'; of: number; cut: number }
  | { kind: 'raw'; text: string };

function blocks(): fc.Arbitrary<Block[]> {
  const all = sentences();
  const sentence = fc.constantFrom(...all);
  const paragraphText = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(''));
  const noisy = fc
    .tuple(paragraphText, fc.nat(), fc.constantFrom('NATO', 'the', 'Xinhua', '的的', '国国', '……', '——'))
    .map(([text, at, noise]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + noise + text.slice(i);
    });
  const block: fc.Arbitrary<Block> = fc.oneof(
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('heading' as const), which: fc.nat({ max: HEADINGS.length - 1 }), body: paragraphText }) },
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('paragraph' as const), text: fc.oneof(paragraphText, noisy) }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('numbered' as const), numeral: fc.constantFrom(...NUMERALS), text: paragraphText }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('broken' as const), text: paragraphText, at: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), of: fc.nat(), cut: fc.nat() }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('raw' as const),
        text: fc.constantFrom(
          '## ■上接第2版',
          '■上接第1版',
          '## 十',
          '## 三',
          '(新华社莫斯科5月8日电)',
          '2025年5月8日于莫斯科',
          '甲国主席 某某\n乙国总统 某某',
          '新华社记者 某某',
          '',
          '   ',
          '　',
        ),
      }),
    },
  );
  return fc.array(block, { maxLength: 18 });
}

/** Lays blocks out as the scrape does: paragraphs between blank lines, with odd line endings. */
function render(list: Block[], lineEnd: string, bom: boolean): string {
  const out: string[] = [];
  const written: string[] = [];
  for (const block of list) {
    switch (block.kind) {
      case 'heading':
        // A document always has a paragraph: a heading with nothing under it is a defined error.
        out.push(`# ${HEADINGS[block.which]}`, block.body);
        written.push(block.body);
        break;
      case 'paragraph':
        out.push(block.text);
        written.push(block.text);
        break;
      case 'numbered':
        out.push(`${block.numeral}、${block.text}`);
        written.push(`${block.numeral}、${block.text}`);
        break;
      case 'broken': {
        // A page or column break in mid-sentence or mid-word.
        const at = 1 + (block.at % Math.max(1, block.text.length - 1));
        out.push(block.text.slice(0, at), block.text.slice(at));
        written.push(block.text);
        break;
      }
      case 'duplicate': {
        if (written.length === 0) break;
        const text = written[block.of % written.length] as string;
        // The whole paragraph again, or its tail (a fragment repeating the end of a clause).
        out.push(block.cut % 3 === 0 ? text.slice(Math.floor(text.length / 2)) : text);
        break;
      }
      case 'raw':
        out.push(block.text);
        break;
    }
  }
  return (bom ? '\uFEFF' : '') + out.join(`${lineEnd}${lineEnd}`).replace(/\n/g, lineEnd) + lineEnd;
}

describe('source parser on random source-like text (property)', () => {
  it('never loses or invents a character: every character is in a clause or an explained exclusion', () => {
    const seen = { clauses: 0, excluded: 0, flagged: 0 };
    fc.assert(
      fc.property(blocks(), fc.constantFrom('\n', '\r\n'), fc.boolean(), (list, lineEnd, bom) => {
        const text = render(list, lineEnd, bom).replace(/\r\r\n/g, '\r\n');
        const files = [{ file: 'random.txt', text }];
        const result = parseSources(files, CATALOGUE);
        const problems = checkCoverage({ files, clauses: result.clauses, excluded: result.excluded });
        if (problems.length > 0) throw new Error(`${JSON.stringify(problems)}\n--- source ---\n${text}`);
        for (const exclusion of result.excluded) expect(exclusion.reason).toBeTruthy();
        seen.clauses += result.clauses.length;
        seen.excluded += result.excluded.length;
        seen.flagged += result.clauses.filter((c) => c.flags.length > 0).length;
      }),
      { numRuns: 250 },
    );
    // The generator really exercises the parser: clauses, exclusions and defect flags all occur.
    expect(seen.clauses).toBeGreaterThan(500);
    expect(seen.excluded).toBeGreaterThan(50);
    expect(seen.flagged).toBeGreaterThan(20);
  });

  it('never loses a character across several files with the same documents', () => {
    fc.assert(
      fc.property(blocks(), blocks(), (a, b) => {
        const files = [
          { file: 'one.txt', text: render(a, '\n', false) },
          { file: 'two.txt', text: render(b, '\n', false) },
        ];
        const result = parseSources(files, CATALOGUE);
        expect(checkCoverage({ files, clauses: result.clauses, excluded: result.excluded })).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
