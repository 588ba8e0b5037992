import { describe, expect, it } from 'vitest';
import { voiceOf } from '../../../lib/source/voice';

const after = { previousEndedSentence: true };

describe('voiceOf', () => {
  it('hears a statement in the parties speaking', () => {
    expect(voiceOf('双方认为,河流是共同财富。', after)).toBe('statement');
    expect(voiceOf('二、两国将加强合作。', after)).toBe('statement');
    expect(voiceOf('双方强调,合作至关重要。', after)).toBe('statement');
  });
  it('hears a news report in reported speech, exhortation and attendance lines', () => {
    expect(voiceOf('王五强调,两国要坚持相互支持。', after)).toBe('news');
    expect(voiceOf('要坚持互利共赢,做好伙伴。', after)).toBe('news');
    expect(voiceOf('中俄两国要继续站在一起。', after)).toBe('news');
    expect(voiceOf('赵六、孙七等参加。', after)).toBe('news');
  });
  it('does not take 要 for an exhortation when the paragraph continues a broken one', () => {
    expect(voiceOf('要因素。', { previousEndedSentence: false })).toBe('neutral');
  });
  it('does not take a statement demand (要求) for an exhortation', () => {
    expect(voiceOf('双方要求其停止此类活动。', after)).toBe('statement');
  });
  it('leaves text without cues neutral', () => {
    expect(voiceOf('与此同时,局势持续紧张。', after)).toBe('neutral');
  });
});
