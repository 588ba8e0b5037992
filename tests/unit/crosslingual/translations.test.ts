import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClauseIndex } from '../../../lib/index/types';
import { parseGlossary, parseRenderings, TranslationError } from '../../../lib/translations/build';

const clauses = [
  { id: 'a-1', text: '双方反对“延伸威慑”安排。' },
  { id: 'a-2', text: '双方谴责长臂管辖。' },
];

const thrown = (run: () => unknown): TranslationError => {
  try {
    run();
  } catch (error) {
    if (error instanceof TranslationError) return error;
    throw error;
  }
  throw new Error('no error');
};

describe('parseRenderings', () => {
  it('returns every clause’s rendering', () => {
    const text = '{\n  "a-1": "The two sides oppose",\n  "a-2": "The two sides condemn"\n}\n';
    expect(parseRenderings('en.json', 'en', text, clauses).get('a-2')).toBe('The two sides condemn');
  });

  it('names the file and line of a rendering for a clause that does not exist', () => {
    const text = '{\n  "a-1": "x y",\n  "a-2": "y z",\n  "a-9": "gone"\n}\n';
    expect(thrown(() => parseRenderings('data/translations/en.json', 'en', text, clauses)).message).toBe(
      'data/translations/en.json:4: rendering for clause a-9, which the index does not have (renamed or removed?)',
    );
  });

  it('names the clause without a rendering, at the line where it belongs', () => {
    const text = '{\n  "a-1": "Стороны выступают против"\n}\n';
    expect(thrown(() => parseRenderings('ru.json', 'ru', text, clauses)).message).toBe(
      'ru.json:2: no Russian rendering for clause a-2',
    );
  });

  it('refuses duplicates, empty renderings, Chinese text and the wrong script', () => {
    expect(thrown(() => parseRenderings('f', 'en', '{\n "a-1": "a",\n "a-1": "b",\n "a-2": "c"\n}', clauses)).message).toMatch(/^f:3: clause a-1 has two renderings/u);
    expect(thrown(() => parseRenderings('f', 'en', '{\n "a-1": "",\n "a-2": "c"\n}', clauses)).message).toMatch(/^f:2: .*non-empty/u);
    expect(thrown(() => parseRenderings('f', 'en', '{\n "a-1": "延伸",\n "a-2": "c"\n}', clauses)).message).toMatch(/^f:2: .*Chinese/u);
    expect(thrown(() => parseRenderings('f', 'ru', '{\n "a-1": "Latin",\n "a-2": "с"\n}', clauses)).message).toMatch(/^f:2: .*not in Russian/u);
    expect(thrown(() => parseRenderings('f', 'en', '{ broken', clauses)).message).toMatch(/^f:1: not valid JSON/u);
  });
});

describe('parseGlossary', () => {
  it('resolves each term to the clauses holding its Chinese form, and marks quoted terms', () => {
    const text = JSON.stringify([
      { id: 'extended-deterrence', zh: ['延伸威慑'], en: ['extended deterrence'], ru: ['расширенное сдерживание'] },
      { id: 'long-arm', zh: ['长臂管辖'], en: ['long-arm jurisdiction'], ru: ['экстерриториальная юрисдикция'] },
    ]);
    expect(parseGlossary('g.json', text, clauses)).toEqual([
      { id: 'extended-deterrence', zh: ['延伸威慑'], en: ['extended deterrence'], ru: ['расширенное сдерживание'], clauseIds: ['a-1'], quoted: true },
      { id: 'long-arm', zh: ['长臂管辖'], en: ['long-arm jurisdiction'], ru: ['экстерриториальная юрисдикция'], clauseIds: ['a-2'], quoted: false },
    ]);
  });

  it('fails on a Chinese form no clause holds, naming the line and the field', () => {
    const text = '[\n  {"id": "x", "zh": ["金穹"],\n   "en": ["Golden Dome"], "ru": ["Золотой купол"]}\n]\n';
    expect(thrown(() => parseGlossary('data/glossary.json', text, clauses)).message).toBe(
      'data/glossary.json:2: [0].zh[0]: "金穹" occurs in no clause',
    );
  });

  it('fails on duplicate ids, empty lists and unknown fields', () => {
    const entry = { id: 'x', zh: ['长臂管辖'], en: ['a'], ru: ['б'] };
    expect(thrown(() => parseGlossary('g', JSON.stringify([entry, entry]), clauses)).message).toMatch(/duplicate id x/u);
    expect(thrown(() => parseGlossary('g', JSON.stringify([{ ...entry, en: [] }]), clauses)).message).toMatch(/\[0\]\.en: expected a non-empty array/u);
    expect(thrown(() => parseGlossary('g', JSON.stringify([{ ...entry, fr: ['x'] }]), clauses)).message).toMatch(/unknown field fr/u);
  });
});

describe('the real index', () => {
  const index = JSON.parse(readFileSync('data/generated/clause-index.json', 'utf8')) as ClauseIndex;

  it('carries an English and a Russian rendering of every clause and the resolved glossary', () => {
    for (const clause of index.clauses) {
      expect(clause.renderings?.en, clause.id).toMatch(/\p{Script=Latin}/u);
      expect(clause.renderings?.ru, clause.id).toMatch(/\p{Script=Cyrillic}/u);
    }
    expect(index.glossary?.length).toBeGreaterThanOrEqual(60);
    const golden = index.glossary?.find((entry) => entry.id === 'golden-dome');
    expect(golden?.clauseIds).toEqual(['strategic-stability-2025-p8', 'strategic-stability-2025-p9']);
  });
});

describe('npm run index with translations', () => {
  const work = mkdtempSync(join(tmpdir(), 'index-translations-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-index.ts', ...args], { encoding: 'utf8' });

  it('fails with file:line when a clause has no rendering, and writes nothing', () => {
    cpSync('data/translations', join(work, 'translations'), { recursive: true });
    const en = JSON.parse(readFileSync(join(work, 'translations/en.json'), 'utf8')) as Record<string, string>;
    delete en['intl-law-2025-c7'];
    writeFileSync(join(work, 'translations/en.json'), `${JSON.stringify(en, null, 2)}\n`);
    const out = join(work, 'index.json');
    const result = run('--translations', join(work, 'translations'), '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/translations\/en\.json:\d+: no English rendering for clause intl-law-2025-c7\n$/u);
    expect(existsSync(out)).toBe(false);
  });

  it('fails when a rendering names a clause that no longer exists', () => {
    cpSync('data/translations', join(work, 'extra'), { recursive: true });
    const path = join(work, 'extra/ru.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('{\n', '{\n  "intl-law-2025-c99": "Стороны",\n'));
    const result = run('--translations', join(work, 'extra'), '--out', join(work, 'x.json'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/extra\/ru\.json:2: rendering for clause intl-law-2025-c99/u);
  });
});
