import type { Clause, DocumentRecord } from '../../../lib/index/types';

/** The record as data/documents.json gives it for the strategic-stability statement, with an official URL added. */
export const STRATEGIC_STABILITY: DocumentRecord = {
  id: 'strategic-stability-2025',
  title: '中华人民共和国和俄罗斯联邦关于全球战略稳定的联合声明',
  titleEn: "Joint Statement of the People's Republic of China and the Russian Federation on Global Strategic Stability",
  shortTitle: { zh: '关于全球战略稳定的联合声明', en: 'Joint Statement on Global Strategic Stability' },
  date: '2025-05-08',
  place: { zh: '莫斯科', en: 'Moscow' },
  publisher: { zh: '新华社', en: 'Xinhua News Agency' },
  type: 'joint-statement',
  incomplete: false,
  url: 'https://example.org/xinhua/2025-05/08/strategic-stability.htm',
  csl: {
    id: 'strategic-stability-2025',
    type: 'document',
    title: '中华人民共和国和俄罗斯联邦关于全球战略稳定的联合声明',
    'title-short': '关于全球战略稳定的联合声明',
    language: 'zh-CN',
    author: [{ literal: '中华人民共和国' }, { literal: '俄罗斯联邦' }],
    publisher: '新华社',
    'event-place': '莫斯科',
    issued: { 'date-parts': [[2025, 5, 8]] },
  },
  clauseCount: 27,
};

/** The same record before an official URL is known. */
export const WITHOUT_OFFICIAL_URL: DocumentRecord = { ...STRATEGIC_STABILITY, url: undefined };

export const OUTER_SPACE_CLAUSE: Clause = {
  id: 'strategic-stability-2025-p9',
  docId: 'strategic-stability-2025',
  ordinal: 9,
  label: '第9段',
  kind: 'paragraph',
  text: '“美国金穹”计划公然提出大幅增加外空作战手段,包括研发、部署轨道拦截系统,将外空武器化并使之成为武装对抗场所,导致局势雪上加霜。',
  sources: [],
  flags: [],
};

/** A numbered clause of the partnership statement (its clauses are 一、二、…). */
export const PARTNERSHIP: DocumentRecord = {
  ...STRATEGIC_STABILITY,
  id: 'partnership-2025',
  title:
    '中华人民共和国和俄罗斯联邦在纪念中国人民抗日战争、苏联伟大卫国战争胜利和联合国成立80周年之际关于进一步深化中俄新时代全面战略协作伙伴关系的联合声明',
  titleEn:
    "Joint Statement of the People's Republic of China and the Russian Federation on Further Deepening the Comprehensive Strategic Partnership of Coordination for a New Era on the Occasion of the 80th Anniversary of the Victory of the Chinese People's War of Resistance against Japanese Aggression, the Soviet Union's Great Patriotic War and the Founding of the United Nations",
  shortTitle: { zh: '新时代全面战略协作伙伴关系联合声明', en: 'Statement on the Comprehensive Strategic Partnership' },
  url: undefined,
  csl: { ...STRATEGIC_STABILITY.csl, id: 'partnership-2025' },
};

export const NUMBERED_CLAUSE: Clause = {
  id: 'partnership-2025-12',
  docId: 'partnership-2025',
  ordinal: 13,
  label: '十二',
  kind: 'numbered',
  text: '双方将继续加强在联合国框架内的协调与配合。',
  sources: [],
  flags: [],
};

/** The agency's report of the leaders' talks: a news report, authored by the agency. */
export const TALKS_REPORT: DocumentRecord = {
  id: 'talks-report-2025',
  title: '习近平同俄罗斯总统普京举行会谈',
  titleEn: 'Xi Jinping holds talks with Russian President Putin',
  shortTitle: { zh: '习近平同普京会谈（新华社报道）', en: 'Report of the Xi–Putin talks (Xinhua)' },
  date: '2025-05-08',
  place: { zh: '莫斯科', en: 'Moscow' },
  publisher: { zh: '新华社', en: 'Xinhua News Agency' },
  type: 'news-report',
  incomplete: true,
  csl: {
    id: 'talks-report-2025',
    type: 'article-newspaper',
    title: '习近平同俄罗斯总统普京举行会谈',
    language: 'zh-CN',
    author: [{ literal: '新华社' }],
    publisher: '新华社',
    'event-place': '莫斯科',
    issued: { 'date-parts': [[2025, 5, 8]] },
  },
  clauseCount: 5,
};

export const TALKS_PARAGRAPH: Clause = {
  id: 'talks-report-2025-p2',
  docId: 'talks-report-2025',
  ordinal: 2,
  label: '第2段',
  kind: 'paragraph',
  text: '两国元首就中俄关系和共同关心的国际和地区问题深入交换意见。',
  sources: [],
  flags: [],
};

export const DOCUMENT_URL = 'chrome-extension://abcdefghijklmnop/document.html#strategic-stability-2025-p9';

/** 1 June 2025 on the reader's calendar, whatever the machine's time zone. */
export const ACCESSED = new Date(2025, 5, 1, 10, 30);
