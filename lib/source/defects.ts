import type { ClauseFlag } from '../index/types';
import { endsSentence, startsBound } from './punctuation';

/**
 * Defects visible in one clause's own text. The text is never changed: each
 * defect becomes a flag with offsets into the text.
 */

/** A clause ending without sentence-final punctuation (a colon announcing a list counts as one) is cut off. */
export function truncationFlags(text: string): ClauseFlag[] {
  const flags: ClauseFlag[] = [];
  const trimmed = text.trimEnd();
  if (!endsSentence(trimmed)) {
    flags.push({
      kind: 'truncated',
      note: `ends mid-sentence in the source ("…${trimmed.slice(-8)}")`,
      start: trimmed.length,
      end: trimmed.length,
    });
  }
  if (startsBound(text)) {
    flags.push({ kind: 'truncated', note: 'begins mid-sentence: its beginning is not in the source', start: 0, end: 0 });
  }
  return flags;
}

/**
 * A lower-case Latin word inside Chinese text ("精神 and 其中") is scrape
 * debris, usually a translation layer leaking through. Upper-case runs are
 * left alone: acronyms such as G20 or APEC are normal in Chinese prose.
 */
const STRAY_LATIN = /(?<=\p{Script=Han}[\s,，、]*)[a-z]+(?=[\s]*\p{Script=Han})/gu;

export function strayLatinFlags(text: string): ClauseFlag[] {
  return [...text.matchAll(STRAY_LATIN)].map((match) => ({
    kind: 'stray-latin' as const,
    note: `stray Latin word "${match[0]}" inside Chinese text`,
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * A character printed twice in a row ("系系统", "有有助于"). Chinese has
 * genuine doublings too: reduplicated words (常常, 人人) and a character
 * that ends one word and begins the next (一国|国内, 实现|现代化). A doubling
 * is such a word boundary when both two-character words around it are
 * common words; grammatical particles are never split that way, so their
 * doublings are always flagged.
 */
const REDUPLICATED = new Set(
  '常常 人人 往往 渐渐 刚刚 纷纷 处处 年年 天天 个个 事事 时时 步步 层层 频频 多多 久久 恰恰 仅仅 稍稍 悄悄 谢谢 大大 一一 重重 世世 代代 方方 面面 家家 户户 明明 统统 默默 深深 紧紧 牢牢 好好 慢慢 早早'.split(
    ' ',
  ),
);
const PARTICLES = new Set('的了着过吗呢吧啊和与及或并而在对有是为被把将也都就又还'.split(''));
/** Common two-character words, enough to recognise a doubling at a word boundary in political prose. */
const COMMON_WORDS = new Set(
  (
    '中国 美国 俄国 英国 法国 德国 各国 本国 两国 一国 他国 该国 大国 强国 邻国 国内 国际 国家 国情 国民 国会 国土 国防 国务 国策 国旗 ' +
    '实现 发现 出现 表现 体现 展现 现代 现在 现实 现行 现有 现状 ' +
    '扩大 重大 伟大 强大 巨大 广大 远大 盛大 大会 大国 大陆 大力 大使 大局 大规 大幅 ' +
    '民主 自主 主义 主要 主权 主席 主张 主导 主体 主动 主题 ' +
    '人民 个人 军人 领导 导人 人类 人员 人权 人口 ' +
    '社会 大会 峰会 会议 会谈 会晤 会见 机会 委会 ' +
    '体系 关系 联系 系统 系列 ' +
    '发展 展开 展览 进展 开展 ' +
    '安全 全面 全球 全部 完全 健全 ' +
    '合作 作用 作出 工作 操作 协作 ' +
    '经济 济贫 政治 治理 法治 自治 ' +
    '地区 区域 地方 方面 双方 各方 对方 方式 方向 方针 ' +
    '一致 致力 一体 体现 整体 集体 ' +
    '成员 员工 会员 ' +
    '和平 平等 公平 水平 ' +
    '世界 界定 ' +
    '发生 生效 生产 ' +
    '多边 边境 周边 ' +
    '文化 化学 现代化 ' +
    '历史 史上'
  ).split(' '),
);

export function doubledCharFlags(text: string): ClauseFlag[] {
  const flags: ClauseFlag[] = [];
  const chars = [...text];
  let offset = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const next = chars[i + 1];
    if (next === ch && /\p{Script=Han}/u.test(ch) && !isGenuineDoubling(chars, i)) {
      flags.push({
        kind: 'doubled-char',
        note: `"${ch}" printed twice ("${chars.slice(Math.max(0, i - 2), i + 4).join('')}")`,
        start: offset,
        end: offset + ch.length * 2,
      });
    }
    offset += ch.length;
  }
  return flags;
}

function isGenuineDoubling(chars: readonly string[], i: number): boolean {
  const ch = chars[i] ?? '';
  if (PARTICLES.has(ch)) return false;
  if (REDUPLICATED.has(ch + ch)) return true;
  const before = (chars[i - 1] ?? '') + ch;
  const after = ch + (chars[i + 2] ?? '');
  return COMMON_WORDS.has(before) && COMMON_WORDS.has(after);
}
