/**
 * UI strings in the two UI languages. The content script and pages share these;
 * the manifest's own strings live in public/_locales.
 */
export type Lang = 'zh' | 'en';

const STRINGS = {
  exact: { zh: '完全一致', en: 'Exact match' },
  close: { zh: '近似匹配', en: 'Close match' },
  score: { zh: '相似度', en: 'Score' },
  copyCitation: { zh: '复制引用', en: 'Copy citation' },
  copyClause: { zh: '复制条文', en: 'Copy clause' },
  openDocument: { zh: '在文件中查看', en: 'Open in document' },
  copied: { zh: '已复制', en: 'Copied' },
  copyFailed: { zh: '复制失败', en: 'Copy failed' },
  previous: { zh: '上一条', en: 'Previous clause' },
  next: { zh: '下一条', en: 'Next clause' },
  otherCandidates: { zh: '其他可能的条款', en: 'Other possible clauses' },
  close_card: { zh: '关闭', en: 'Close' },
  sourceClause: { zh: '引语出处', en: 'Source of the quote' },
  noSource: { zh: '未找到原文条款', en: 'No source clause found' },
  noSourceHint: {
    zh: '所选文字与已收录文件中的任何条款都不够接近。',
    en: 'The selected text is not close enough to any clause of the documents in the index.',
  },
  searchInPopup: { zh: '在条款中搜索', en: 'Search the clauses' },
  quoteLabel: { zh: '引语', en: 'Quote' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

/** The UI language for a browser language tag such as `zh-TW` or `en-GB`. */
export function langFromTag(tag: string | undefined): Lang {
  return tag?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
