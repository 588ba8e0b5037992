import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { explainQuote, loadIndex } from '../../../lib/clauselens';
import type { ClauseIndex } from '../../../lib/index/types';
import { decodeAlignment, markOriginal } from '../../../lib/match/crosslingual/alignment';
import { crossCardView } from '../../../lib/match/crosslingual/card';
import { alignRendering } from '../../../lib/translations/align';

const INDEX_PATH = 'data/generated/clause-index.json';
if (!existsSync(INDEX_PATH)) spawnSync('npm', ['run', '--silent', 'index'], { stdio: 'inherit' });
const index = JSON.parse(readFileSync(INDEX_PATH, 'utf8')) as ClauseIndex;
const loaded = loadIndex(index);
const clause = (id: string) => loaded.clausesById.get(id) as NonNullable<ReturnType<typeof loaded.clausesById.get>>;

/** The Chinese sentence of `clauseId` that begins with `start`, up to its 。 */
function sentence(clauseId: string, start: string): { start: number; end: number } {
  const text = clause(clauseId).text;
  const at = text.indexOf(start);
  if (at < 0) throw new Error(`${clauseId} has no sentence starting ${start}`);
  const stop = text.indexOf('。', at);
  return { start: at, end: stop < 0 ? text.length : stop + 1 };
}

interface RealQuote {
  quote: string;
  lang: string;
  page: string;
}

/** English and Russian quotes of the real set, each with its page (never written here: read from the set). */
function realQuotes(): RealQuote[] {
  const dir = 'tests/fixtures/realset/';
  const out: RealQuote[] = [];
  for (const file of ['pages-en.jsonl', 'pages-ru.jsonl', 'handed-over-quotes.jsonl', 'handed-over-pages.jsonl']) {
    for (const line of readFileSync(dir + file, 'utf8').split('\n').filter(Boolean)) {
      const record = JSON.parse(line) as { lang: string; text?: string; context?: string; quote?: string; quotes?: Array<{ quote: string }> };
      if (record.lang !== 'en' && record.lang !== 'ru') continue;
      for (const q of record.quotes ?? [{ quote: record.quote ?? '' }]) {
        out.push({ quote: q.quote, lang: record.lang, page: record.text ?? record.context ?? '' });
      }
    }
  }
  return out;
}
const real = realQuotes();

/**
 * What the card marks in the Chinese for a quote of the real set, looked up with its page around it, on
 * the first page where the matcher takes it to `clauseId` (the same words may stand on several pages).
 */
function marked(quote: string, clauseId: string) {
  const pages = real.filter((q) => q.quote === quote);
  if (pages.length === 0) throw new Error(`not in the real set: ${quote}`);
  for (const found of pages) {
    const match = explainQuote(loaded, quote, { page: found.page, before: found.page })?.match;
    if (match?.clauseId !== clauseId) continue;
    const original = match.rendering?.original;
    return { clauseId, original, text: original ? clause(clauseId).text.slice(original.start, original.end) : '' };
  }
  return { clauseId: undefined, original: undefined, text: '' };
}

describe('the alignment built with the index', () => {
  it('pairs every rendering of every clause, sentence by sentence, covering both texts', () => {
    for (const c of index.clauses) {
      for (const lang of ['en', 'ru'] as const) {
        const beads = decodeAlignment(c.alignment?.[lang], c.text.length, c.renderings?.[lang].length ?? 0);
        expect(beads, `${c.id} ${lang}`).not.toBeNull();
        expect(beads?.[0]?.zh.start).toBe(0);
      }
    }
  });

  it('pairs the sentences of a clause whose rendering splits one Chinese sentence in two', () => {
    const c = clause('strategic-stability-2025-p10');
    const beads = decodeAlignment(c.alignment?.en, c.text.length, c.renderings?.en.length ?? 0) ?? [];
    const rendering = c.renderings?.en ?? '';
    const pairOf = (zh: string) => beads.find((b) => c.text.slice(b.zh.start, b.zh.end).includes(zh));
    const treaty = pairOf('防止在外空放置武器');
    expect(rendering.slice(treaty?.rendering.start, treaty?.rendering.end)).toMatch(/Prevention of the Placement of Weapons/u);
    const last = pairOf('不首先在外空部署武器');
    expect(rendering.slice(last?.rendering.start, last?.rendering.end)).toMatch(/no first placement/u);
  });

  it('adds a few KB to the index', () => {
    const code = index.clauses.reduce((sum, c) => sum + (c.alignment?.en?.length ?? 0) + (c.alignment?.ru?.length ?? 0), 0);
    expect(code).toBeGreaterThan(0);
    expect(code).toBeLessThan(8000);
  });
});

describe('alignRendering', () => {
  const none = () => [];
  it('says why a rendering whose sentences do not follow the Chinese cannot be aligned', () => {
    const zh = '双方重申坚定维护以联合国为核心的国际体系和以国际法为基础的国际秩序。是。双方反对单边制裁和长臂管辖，反对以意识形态划线的小圈子。';
    const rendering =
      'Yes. The two sides reaffirm their firm commitment to the international system with the United Nations at its core and to the ' +
      'international order based on international law, and they oppose unilateral sanctions and long-arm jurisdiction and small circles drawn along ideological lines. No.';
    const result = alignRendering(zh, rendering, none, none);
    expect('error' in result && result.error).toMatch(/do not follow the Chinese: “.+” pairs best with “.+”, which is far (longer|shorter)/u);
  });

  it('says so when the rendering has far more sentences than the Chinese', () => {
    const result = alignRendering('双方谴责长臂管辖。', 'One. Two. Three. Four.', none, none);
    expect('error' in result && result.error).toMatch(/its 4 sentences cannot be paired with the Chinese's 1/u);
  });

  it('aligns a rendering that follows the Chinese phrase by phrase', () => {
    const zh = '双方重申军备控制是重要手段,破坏稳定的行为阻碍了军控努力。双方支持联合国发挥中心作用。';
    const rendering =
      'The two sides reaffirm that arms control is an important means, and that acts undermining stability hamper arms control efforts. The two sides support the central role of the United Nations.';
    const result = alignRendering(zh, rendering, none, none);
    expect('beads' in result && result.beads.map((b) => [zh.slice(b.zh.start, b.zh.end), b.sentence])).toEqual([
      ['双方重申军备控制是重要手段,', 0],
      ['破坏稳定的行为阻碍了军控努力。', 0],
      ['双方支持联合国发挥中心作用。', 1],
    ]);
  });
});

describe('npm run index with a rendering that cannot be aligned', () => {
  const work = mkdtempSync(join(tmpdir(), 'index-alignment-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('fails with the file, the line and the clause, and writes nothing', () => {
    cpSync('data/translations', join(work, 'translations'), { recursive: true });
    const path = join(work, 'translations/en.json');
    const en = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    // Every pause made a sentence: far more sentences than the Chinese's four.
    en['strategic-stability-2025-p14'] = (en['strategic-stability-2025-p14'] ?? '').replace(/, | and /gu, '; ');
    writeFileSync(path, `${JSON.stringify(en, null, 2)}\n`);
    const out = join(work, 'index.json');
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/build-index.ts', '--translations', join(work, 'translations'), '--out', out],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /translations\/en\.json:\d+: the English rendering of strategic-stability-2025-p14 cannot be aligned with the Chinese sentence by sentence: its \d+ sentences cannot be paired with the Chinese's 4/u,
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe('the Chinese a real English or Russian quote corresponds to', () => {
  // Quote of the real set → the clause it comes from, the Chinese sentence it says (read by hand), and its key term.
  const cases: Array<[string, string, string, string]> = [
    [
      'explicitly provides for a significant strengthening of the arsenal for conducting combat operations in space,',
      'strategic-stability-2025-p9',
      '“美国金穹”计划公然提出',
      '外空作战手段',
    ],
    ['oppose the attempts of individual countries to use outer space for armed confrontation', 'strategic-stability-2025-p10', '双方反对个别国家', '外空用于武装对抗'],
    [
      'counter security policies and activities aimed at achieving military superiority, and at officially defining and using outer space as a ‘warfighting domain’,',
      'strategic-stability-2025-p10',
      '双方反对个别国家',
      '作战疆域',
    ],
    ['safeguard world peace, ensure equal and indivisible security for all', 'strategic-stability-2025-p10', '为维护世界和平', '安全平等且不可分割'],
    ['absolute strategic security', 'strategic-stability-2025-p14', '个别核武器国家在其盟友支持下', '绝对战略安全'],
    ['deeply destabilizing', 'strategic-stability-2025-p8', '日前宣布实施的', '严重破坏'],
    ['Indo-Pacific Strategy,', 'partnership-2025-f3', '双方指出,美国及其盟友', '印太战略'],
    ['the root causes', 'partnership-2025-f11', '为稳步持久解决乌克兰危机', '根源'],
    ['at the expense of the security of other States', 'strategic-stability-2025-p2', '双方坚信', '牺牲他国安全'],
    ['dual containment against China and Russia', 'partnership-2025-f2', '中俄将加强协调配合', '双遏制'],
    [
      'превращает космическое пространство в среду для размещения оружия и арену вооруженного противоборства',
      'strategic-stability-2025-p9',
      '“美国金穹”计划公然提出',
      '武装对抗场所',
    ],
    ['Риск возникновения ядерного конфликта возрос', 'strategic-stability-2025-p4', '双方关切地指出', '核冲突的风险'],
    ['полный и окончательный отказ', 'strategic-stability-2025-p8', '该计划全盘、彻底否定了', '彻底否定'],
    ['двойное сдерживание', 'partnership-2025-f2', '中俄将加强协调配合', '双遏制'],
  ];
  it.each(cases)('%s → %s, within the sentence %s, holding %s', (quote, clauseId, start, term) => {
    const mark = marked(quote, clauseId);
    expect(mark.clauseId).toBe(clauseId);
    const expected = sentence(clauseId, start);
    expect(mark.original?.start).toBeGreaterThanOrEqual(expected.start);
    expect(mark.original?.end).toBeLessThanOrEqual(expected.end);
    expect(mark.text).toContain(term);
  });

  // The reported cases: the phrase the quote renders, not the term alone; the South China Sea of the quote's own sentence.
  it('marks the phrase of an outer-space quote, not 外空 alone', () => {
    const match = explainQuote(loaded, 'a major build-up of means of combat in outer space')?.match;
    const c = clause('strategic-stability-2025-p9');
    const original = match?.rendering?.original;
    expect(original && c.text.slice(original.start, original.end)).toMatch(/^“美国金穹”计划公然提出大幅增加外空作战手段$/u);
  });

  it.each([
    ['peace and stability in the South China Sea', '俄方支持中国和东盟国家维护南海和平稳定'],
    ['firmly oppose interference by forces from outside the region in the South China Sea issue', '坚决反对域外势力插手介入南海问题'],
    ['welcomes the early conclusion of a Code of Conduct in the South China Sea', '欢迎早日达成“南海行为准则”'],
    ['приветствует скорейшее принятие Кодекса поведения в Южно-Китайском море', '欢迎早日达成“南海行为准则”'],
  ])('marks the South China Sea of the quote’s own sentence: %s', (quote, phrase) => {
    const match = explainQuote(loaded, quote)?.match;
    expect(match?.clauseId).toBe('partnership-2025-f7');
    const c = clause('partnership-2025-f7');
    const original = match?.rendering?.original;
    const text = original ? c.text.slice(original.start, original.end) : '';
    expect(text).toContain(phrase);
    expect(text).not.toContain('。');
    const term = match?.rendering?.terms.find((t) => t.zh.startsWith('南海'));
    expect(term && c.text.slice(term.clauseStart, term.clauseEnd)).toBe(term?.zh);
    expect(term?.clauseStart).toBeGreaterThanOrEqual(original?.start ?? 0);
    expect(term?.clauseEnd).toBeLessThanOrEqual(original?.end ?? 0);
  });

  it('shows the mark in the card, the quote’s terms marked as terms inside it', () => {
    const match = explainQuote(loaded, 'welcomes the early conclusion of a Code of Conduct in the South China Sea')?.match;
    const view = match?.rendering && crossCardView(clause('partnership-2025-f7'), match.rendering);
    const marks = view?.original.filter((s) => s.marked) ?? [];
    expect(marks.map((s) => s.text).join('')).toBe('欢迎早日达成“南海行为准则”');
    expect(marks.filter((s) => s.term).map((s) => s.text)).toEqual(['南海行为准则']);
  });
});

describe('marks (properties)', () => {
  const withRendering = index.clauses.filter((c) => c.renderings && c.alignment);
  const clauseAndLang = fc.record({ c: fc.constantFrom(...withRendering), lang: fc.constantFrom('en' as const, 'ru' as const) });

  it('lie inside the clause, inside one run of aligned sentences, for any matched rendering words', () => {
    fc.assert(
      fc.property(
        clauseAndLang.chain(({ c, lang }) => {
          const length = c.renderings?.[lang].length ?? 1;
          const span = fc.tuple(fc.nat(length - 1), fc.integer({ min: 1, max: 40 })).map(([start, n]) => ({ start, end: Math.min(length, start + n) }));
          return fc.record({ c: fc.constant(c), lang: fc.constant(lang), spans: fc.array(span, { minLength: 1, maxLength: 6 }) });
        }),
        ({ c, lang, spans }) => {
          const mark = markOriginal(c, lang, spans, []);
          expect(mark).not.toBeNull();
          const span = mark?.span ?? { start: 0, end: 0 };
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(c.text.length);
          expect(span.end).toBeGreaterThan(span.start);
          expect(c.text.slice(span.start, span.end).trim()).not.toBe('');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('are non-empty and inside the clause for quotes taken from the renderings themselves', () => {
    fc.assert(
      fc.property(
        clauseAndLang.chain(({ c, lang }) => {
          const words = (c.renderings?.[lang] ?? '').split(' ');
          return fc
            .tuple(fc.nat(Math.max(0, words.length - 4)), fc.integer({ min: 4, max: 12 }))
            .map(([from, n]) => ({ c, lang, quote: words.slice(from, from + n).join(' ') }));
        }),
        ({ c, quote }) => {
          const match = explainQuote(loaded, quote)?.match;
          fc.pre(match?.clauseId === c.id && (match.rendering?.spans.length ?? 0) > 0);
          const original = match?.rendering?.original;
          expect(original).toBeDefined();
          expect(original?.start).toBeGreaterThanOrEqual(0);
          expect(original?.end).toBeLessThanOrEqual(c.text.length);
          expect(original?.end).toBeGreaterThan(original?.start ?? 0);
          for (const term of match?.rendering?.terms ?? []) {
            if (term.clauseStart < 0) continue;
            expect(c.text.slice(term.clauseStart, term.clauseEnd)).toBe(term.zh);
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});
