import { describe, expect, it } from 'vitest';
import { doubledCharFlags, strayLatinFlags, truncationFlags } from '../../../lib/source/defects';

const at = (text: string, flag: { start?: number; end?: number }) => text.slice(flag.start, flag.end);

describe('stray Latin words', () => {
  it('flags a lower-case word inside Chinese text, with its offsets', () => {
    const text = '重申联合文件精神 and 其中的原则,推动地区 and 全球合作。';
    const flags = strayLatinFlags(text);
    expect(flags.map((flag) => at(text, flag))).toEqual(['and', 'and']);
  });
  it('leaves acronyms and Latin-only text alone', () => {
    expect(strayLatinFlags('二十国集团(G20)与APEC合作。')).toEqual([]);
    expect(strayLatinFlags('see the annex')).toEqual([]);
  });
});

describe('doubled characters', () => {
  it('flags a character printed twice', () => {
    const text = '核武器结合的系系统,均应有有助于实现,反对对并且谴责。';
    expect(doubledCharFlags(text).map((flag) => at(text, flag))).toEqual(['系系', '有有', '对对']);
  });
  it('leaves genuine doublings alone: reduplicated words and word boundaries', () => {
    expect(doubledCharFlags('人人平等,常常交流,将一国国内法适用,实现现代化,民主主义,扩大大会。')).toEqual([]);
  });
});

describe('truncation', () => {
  it('flags a clause ending mid-sentence, but not one ending a sentence or announcing a list', () => {
    expect(truncationFlags('双方主张在').map((f) => f.kind)).toEqual(['truncated']);
    expect(truncationFlags('双方促进平等、公正、').map((f) => f.kind)).toEqual(['truncated']);
    expect(truncationFlags('双方声明如下:')).toEqual([]);
    expect(truncationFlags('双方认为合作重要。”')).toEqual([]);
  });
  it('flags a clause beginning mid-sentence', () => {
    expect(truncationFlags('的有效性。').map((f) => f.note)).toEqual([
      'begins mid-sentence: its beginning is not in the source',
    ]);
  });
});
