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
  distantMatch: {
    zh: '远似匹配：未能确认出处，以下只是最接近的条款，差异见下文',
    en: 'Distant match: no source found with confidence. This is only the closest clause; its differences are shown below',
  },
  distantMatchCross: {
    zh: '远似匹配：未能确认出处，以下只是经由本扩展的非官方译文找到的最接近条款',
    en: 'Distant match: no source found with confidence. This is only the closest clause, found through our unofficial translation',
  },
  noSourceHint: {
    zh: '所选文字与已收录文件中的任何条款都不够接近。',
    en: 'The selected text is not close enough to any clause of the documents in the index.',
  },
  searchInPopup: { zh: '在条款中搜索', en: 'Search the clauses' },
  quoteLabel: { zh: '引语', en: 'Quote' },
  crossLanguage: { zh: '跨语言匹配', en: 'Cross-language match' },
  unofficialTranslation: { zh: '非官方译文（ClauseLens 自译）', en: 'Unofficial translation (by ClauseLens)' },
  chineseOriginal: { zh: '中文原文', en: 'Chinese original' },
  doc_rendering: { zh: '对照译文', en: 'Translation' },
  doc_renderingNone: { zh: '仅中文', en: 'Chinese only' },
  doc_renderingEn: { zh: '附英文', en: 'With English' },
  doc_renderingRu: { zh: '附俄文', en: 'With Russian' },
  doc_renderingNote: {
    zh: '英文、俄文为 ClauseLens 自译的非官方译文，仅供参考，以中文原文为准。',
    en: 'The English and Russian texts are unofficial translations by ClauseLens, for reference only; the Chinese original is authoritative.',
  },
  fidelity: { zh: '引用是否忠实', en: 'Is the quote faithful?' },
  verdict_verbatim: { zh: '与原文一字不差', en: 'Word for word as in the source' },
  verdict_form: {
    zh: '文字与原文相同，仅标点、全半角或繁简有别',
    en: 'Same words as the source; only punctuation, width or script differ',
  },
  verdict_abridged: { zh: '有删节，引出的部分与原文一致', en: 'Shortened; the parts quoted match the source' },
  verdict_altered: { zh: '与原文有出入', en: 'Differs from the source' },
  verdict_translated: {
    zh: '以译文引用，无法逐字比对',
    en: 'Quoted in translation: no word-for-word comparison',
  },
  edit_added: { zh: '文章多出', en: 'added by the article' },
  edit_dropped: { zh: '原文有而文章缺', en: 'missing from the article' },
  edit_replaced: { zh: '原文为', en: 'the source has' },
  edit_omitted: { zh: '省略了原文', en: 'left out of the source' },
  edit_reordered: { zh: '语序调动', en: 'moved' },
  sourceDefect: {
    zh: '这一处差异可能是我们的来源文本有误，而非文章引错',
    en: 'This difference may be our source’s fault, not the article’s',
  },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

/** The UI language for a browser language tag such as `zh-TW` or `en-GB`. */
export function langFromTag(tag: string | undefined): Lang {
  return tag?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
