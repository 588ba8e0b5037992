import { describe, expect, it } from 'vitest';
import { checkCoverage } from '../../../lib/source/coverage';
import { catalogueFor, parseOne } from './helpers';

/** Odd text never breaks the parser: it yields clauses and exclusions that cover every character. */
describe('odd sources', () => {
  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\r\n\t\n'],
    ['a dateline alone', '(某某社甲城3月1日电)\n'],
    ['closing lines before any paragraph', '# 某某声明\n\n2024年3月1日于甲城\n\n双方认为合作重要。\n'],
    ['only markers and numerals', '## ■上接第2版\n\n## 十\n\n■上接第1版\n'],
    ['text before any heading', '双方认为合作重要。\n\n# 某某声明\n\n双方主张。\n'],
    ['a lone fragment', '的。\n'],
    ['a CRLF file with a BOM', '\uFEFF# 某某声明\r\n\r\n一、双方认为。\r\n\r\n二、双方主张\r\n\r\n在。\r\n'],
  ])('%s', (_name, text) => {
    const result = parseOne(text, catalogueFor(text));
    expect(checkCoverage({ files: [{ file: 'made-up.txt', text }], clauses: result.clauses, excluded: result.excluded })).toEqual([]);
  });
});
