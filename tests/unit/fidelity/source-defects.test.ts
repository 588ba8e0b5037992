import { describe, expect, it } from 'vitest';
import { clauseText, fidelityOf, loaded } from './helpers';

const P13 = 'strategic-stability-2025-p13';
const PREAMBLE = 'strategic-stability-2025-preamble';
const C23 = 'intl-law-2025-c23';
const P3 = 'strategic-stability-2025-p3';

const flag = (clauseId: string, kind: string) => loaded.clausesById.get(clauseId)?.flags.find((f) => f.kind === kind);

describe('differences where our source is at fault', () => {
  it('a character our source prints twice: the article is right, the edit is listed and explained', () => {
    expect(clauseText(P13)).toContain('结合的系系统,旨在实施');
    const fidelity = fidelityOf('上述进攻性能力包括常规精确打击武器和核武器与非核武器结合的系统，旨在实施', P13);
    expect(fidelity.verdict).toBe('verbatim');
    expect(fidelity.edits).toHaveLength(1);
    const [edit] = fidelity.edits;
    expect(edit).toMatchObject({ kind: 'dropped', quote: '', source: '系' });
    expect(edit?.sourceDefect).toEqual({ kind: 'doubled-char', note: flag(P13, 'doubled-char')?.note, explains: true });
    const doubled = flag(P13, 'doubled-char');
    expect(edit?.sourceStart).toBeGreaterThanOrEqual(doubled?.start ?? -1);
    expect(edit?.sourceEnd).toBeLessThanOrEqual(doubled?.end ?? -1);
  });

  it('a stray Latin word in our source: whatever the article has there is not held against it', () => {
    expect(clauseText(PREAMBLE)).toContain('文件精神 and 其中所阐述的原则立场');
    const fidelity = fidelityOf('重申就全球战略稳定已签署的联合文件精神和其中所阐述的原则立场', PREAMBLE);
    expect(fidelity.verdict).toBe('verbatim');
    expect(fidelity.edits).toMatchObject([
      { kind: 'replaced', quote: '和', source: 'and', sourceDefect: { kind: 'stray-latin', explains: true } },
    ]);
  });

  it('a clause our source cuts off: text the article has beyond the cut is not an alteration', () => {
    const text = clauseText(C23);
    expect(text.endsWith('不可分割的安全、')).toBe(true);
    const quote = `${text.slice(-31, -1)}、可持续发展为基础的国际秩序`;
    const fidelity = fidelityOf(quote, C23);
    expect(fidelity.verdict).toBe('verbatim');
    expect(fidelity.edits).toMatchObject([
      { kind: 'added', quote: '可持续发展为基础的国际秩序', source: '', sourceDefect: { kind: 'truncated', explains: true } },
    ]);
  });

  it('an edit inside a run our source may have corrupted is flagged but still counts', () => {
    const run = flag(P3, 'shared-run');
    expect(run?.start).toBeDefined();
    // …或实施威胁他国核心安全利益的敌对行为… with 敌对 changed to 挑衅.
    const quote = '进行武力施压，或实施威胁他国核心安全利益的挑衅行为，成为最亟待消除的战略风险之一';
    const fidelity = fidelityOf(quote, P3);
    expect(fidelity.verdict).toBe('altered');
    expect(fidelity.edits).toMatchObject([
      { kind: 'replaced', quote: '挑衅', source: '敌对', sourceDefect: { kind: 'shared-run', explains: false } },
    ]);
  });

  it('an edit away from the flagged place carries no source defect', () => {
    const fidelity = fidelityOf('上述进攻性能力包括常规精准打击武器和核武器与非核武器结合的系统，旨在实施', P13);
    expect(fidelity.verdict).toBe('altered');
    expect(fidelity.edits.map((edit) => [edit.kind, edit.quote, edit.source, edit.sourceDefect?.kind])).toEqual([
      ['replaced', '准', '确', undefined],
      ['dropped', '', '系', 'doubled-char'],
    ]);
  });
});
