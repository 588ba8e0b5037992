import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closestClause, explainQuote, loadIndex, matchQuote } from '../../../lib/clauselens';
import type { ClauseIndex } from '../../../lib/index/types';
import { createCueSet } from '../../../lib/match/evidence/cues';
import { chooseThresholds, crossValidate, fitLogistic, predict, thresholdFor } from '../../../lib/match/evidence/fit';
import { createSpecificity } from '../../../lib/match/evidence/specificity';
import { extension, surroundLift, buildUnitIndex } from '../../../lib/match/evidence/surround';
import { sentenceAround, withoutRomanisation } from '../../../lib/match/evidence/topic';
import { createNormalizer } from '../../../lib/text/normalize';

const index = JSON.parse(readFileSync('data/generated/clause-index.json', 'utf8')) as ClauseIndex;
const loaded = loadIndex(index);

describe('fitting', () => {
  it('recovers the direction of a clean signal and predicts with it', () => {
    const examples = Array.from({ length: 200 }, (_, i) => {
      const x = (i % 20) / 10 - 1;
      return { x: [x, 0.3], offset: 0, y: (x > 0 ? 1 : 0) as 0 | 1, group: `g${i % 17}`, method: 'zh' as const };
    });
    const fitted = fitLogistic(examples, 0.1);
    expect(fitted.weights[0]).toBeGreaterThan(3);
    expect(predict(fitted, [0.9, 0.3])).toBeGreaterThan(0.9);
    expect(predict(fitted, [-0.9, 0.3])).toBeLessThan(0.1);
  });

  it('chooses the lowest threshold that keeps the target precision', () => {
    const scores = [
      { p: 0.9, y: 1 as const },
      { p: 0.8, y: 1 as const },
      { p: 0.7, y: 0 as const },
      { p: 0.6, y: 1 as const },
    ];
    expect(thresholdFor(scores, 0.99)).toBe(0.8);
    expect(thresholdFor(scores, 0.7)).toBe(0.6);
    expect(thresholdFor([{ p: 0.5, y: 0 }], 0.9)).toBe(1);
  });

  it('cross-validates by group: a group’s examples are never scored by a model that saw them', () => {
    // Each group's label is its own: a model that saw the group would score it perfectly; one that did not cannot.
    const examples = Array.from({ length: 60 }, (_, i) => ({ x: [i % 6], offset: 0, y: ((i % 6) % 2) as 0 | 1, group: `g${i % 6}`, method: (i % 2 ? 'zh' : 'cross') as 'zh' | 'cross' }));
    const scored = crossValidate(examples, 3, 1, 0.9);
    expect(scored).toHaveLength(60);
    const thresholds = chooseThresholds(examples, 3, 1, 0.9);
    expect(Number.isFinite(thresholds.zh) && Number.isFinite(thresholds.cross)).toBe(true);
  });
});

describe('evidence', () => {
  const normalizer = createNormalizer();

  it('finds Chinese cues in the matching form, Latin and Cyrillic cues as words or word beginnings', () => {
    const cues = createCueSet(normalizer, ['声明', 'statement*', 'Xi', 'заявлени*']);
    expect(cues.has('联合聲明指出')).toBe(false); // no fold in a bare normaliser
    expect(cues.has('联合声明指出')).toBe(true);
    expect(cues.has('the statements said')).toBe(true);
    expect(cues.has('Xinhua reported')).toBe(false);
    expect(cues.has('Xi said')).toBe(true);
    expect(cues.has('в совместном заявлении')).toBe(true);
    expect(cues.hasBeyond('五核国的声明', '双方重申五核国的声明')).toBe(false);
  });

  it('reads the sentence a quote stands in, and drops romanisation junk of converted pages', () => {
    expect(sentenceAround('上一句。声明指出，', '。下一句')).toBe('声明指出， ');
    expect(withoutRomanisation('全面戰(zhàn)略協(xié)作')).toBe('全面戰略協作');
  });

  it('measures how far the words beyond the quote marks go on as the clause does', () => {
    expect(extension('坚决应对美国对中俄实施', '。', '中俄将坚决应对美国对中俄实施双遏制', 14, 17)).toBe(11);
    expect(extension('电影里的', '拍得', '中俄将坚决应对美国对中俄实施双遏制', 14, 17)).toBe(0);
  });

  it('lifts a clause whose words surround the quote above the average clause', () => {
    const units = buildUnitIndex([['ab', 'bc'], ['xy'], ['ab']]);
    const [first, second] = surroundLift(units, ['ab', 'bc'], [0, 1]);
    expect(first).toBeGreaterThan(0);
    expect(second).toBeLessThan(0);
  });

  it('gives rare words more bits than common ones', () => {
    const spec = createSpecificity({
      zh: { words: ['双方', '遏制', '双'], costs: [130, 160, 120], unknown: 260 },
      en: { words: ['the', 'contain'], costs: [30, 140], unknown: 180 },
      ru: { words: [], costs: [], unknown: 180 },
    });
    expect(spec.chinese('双方')).toBeCloseTo(13);
    expect(spec.chinese('双遏制')).toBeCloseTo(28);
    expect(spec.words(['contain'], 'en')).toBeGreaterThan(spec.words(['the'], 'en'));
  });
});

describe('the fitted model on the real index', () => {
  it('accepts a long verbatim quote attributed to the statement', () => {
    const text = '新华社莫斯科5月8日电 中俄两国元首签署联合声明。声明指出，';
    const quote = '双方反对个别国家将外空用于武装对抗的企图，反对开展旨在取得军事优势和将外空界定并用于作战疆域的安全政策和活动';
    expect(matchQuote(loaded, quote, { before: text, after: '。', page: text })?.clauseId).toBe('strategic-stability-2025-p10');
  });

  it('rejects a spokesperson’s stock phrase, and explains why', () => {
    const explained = explainQuote(loaded, '坚定支持', { before: '外交部发言人表示，中方', after: '。' });
    expect(explained?.verdict.accepted).toBe(false);
    expect(explained?.features.otherSource).toBe(1);
    expect(explained?.verdict.contributions.find((c) => c.feature === 'otherSource')?.part).toBeLessThan(0);
  });

  it('offers a reader’s own look-up the closest clause, labelled distant, only when it is reasonably close', () => {
    const garbled = '双方反对个别国家把外空用于武装对抗的图谋，反对开展旨在取得军事优势的政策';
    const closest = closestClause(loaded, garbled);
    expect(matchQuote(loaded, garbled)).toBeNull();
    expect(closest?.match.clauseId).toBe('strategic-stability-2025-p10');
    expect(closestClause(loaded, '今天天气很好我们去公园散步吧')).toBeNull();
    const english = 'some countries want outer space for armed confrontation';
    expect(matchQuote(loaded, english)).toBeNull();
    expect(closestClause(loaded, english)?.match.clauseId).toBe('strategic-stability-2025-p10');
    expect(closestClause(loaded, 'purely defensive')).toBeNull();
  });
});

describe('the evidence files', () => {
  it('fail the index build with file and line when malformed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clauselens-evidence-'));
    mkdirSync(join(dir, 'evidence'));
    cpSync('data/evidence/cues.json', join(dir, 'evidence', 'cues.json'));
    const model = JSON.parse(readFileSync('data/evidence/model.json', 'utf8'));
    model.weights = model.weights.slice(1);
    writeFileSync(join(dir, 'evidence', 'model.json'), JSON.stringify(model, null, 2));
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/build-index.ts', '--evidence', dir, '--out', join(dir, 'out.json')], { stdio: 'pipe' });
    } catch (error) {
      stderr = String((error as { stderr?: Buffer }).stderr ?? '');
    }
    expect(stderr).toMatch(/model\.json:\d+: weights: \d+ weights for \d+ features/u);
    expect(stderr).not.toMatch(/\n\s+at /u);
  });
});
