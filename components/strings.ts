import { LANGS, type Lang, type LangStrings, setStrings } from './i18n';

/** The strings the card shows (and the pages with it), in the three UI languages. */
export const STRINGS = {
  exact: { zh: '完全一致', en: 'Exact match', ru: 'Точное совпадение' },
  close: { zh: '近似匹配', en: 'Close match', ru: 'Близкое совпадение' },
  score: { zh: '相似度', en: 'Score', ru: 'Сходство' },
  copyCitation: { zh: '复制引用', en: 'Copy citation', ru: 'Копировать ссылку' },
  copyClause: { zh: '复制条文', en: 'Copy clause', ru: 'Копировать текст пункта' },
  openDocument: { zh: '在文件中查看', en: 'Open in document', ru: 'Открыть в документе' },
  copied: { zh: '已复制', en: 'Copied', ru: 'Скопировано' },
  copyFailed: { zh: '复制失败', en: 'Copy failed', ru: 'Не удалось скопировать' },
  previous: { zh: '上一条', en: 'Previous clause', ru: 'Предыдущий пункт' },
  next: { zh: '下一条', en: 'Next clause', ru: 'Следующий пункт' },
  otherCandidates: { zh: '其他可能的条款', en: 'Other possible clauses', ru: 'Другие возможные пункты' },
  close_card: { zh: '关闭', en: 'Close', ru: 'Закрыть' },
  sourceClause: { zh: '引语出处', en: 'Source of the quote', ru: 'Источник цитаты' },
  noSource: { zh: '未找到原文条款', en: 'No source clause found', ru: 'Исходный пункт не найден' },
  distantMatch: {
    zh: '远似匹配：未能确认出处，以下只是最接近的条款，差异见下文',
    en: 'Distant match: no source found with confidence. This is only the closest clause; its differences are shown below',
    ru: 'Отдалённое совпадение: источник не установлен с уверенностью. Это лишь ближайший пункт; расхождения показаны ниже',
  },
  distantMatchCross: {
    zh: '远似匹配：未能确认出处，以下只是经由本扩展的非官方译文找到的最接近条款',
    en: 'Distant match: no source found with confidence. This is only the closest clause, found through our unofficial translation',
    ru: 'Отдалённое совпадение: источник не установлен с уверенностью. Это лишь ближайший пункт, найденный через наш неофициальный перевод',
  },
  noSourceHint: {
    zh: '所选文字与已收录文件中的任何条款都不够接近。',
    en: 'The selected text is not close enough to any clause of the documents in the index.',
    ru: 'Выделенный текст недостаточно близок ни к одному пункту документов, которые есть в указателе.',
  },
  searchInPopup: { zh: '在条款中搜索', en: 'Search the clauses', ru: 'Искать среди пунктов' },
  quoteLabel: { zh: '引语', en: 'Quote', ru: 'Цитата' },
  crossLanguage: { zh: '跨语言匹配', en: 'Cross-language match', ru: 'Межъязыковое совпадение' },
  unofficialTranslation: {
    zh: '非官方译文（ClauseLens 自译）',
    en: 'Unofficial translation (by ClauseLens)',
    ru: 'Неофициальный перевод (ClauseLens)',
  },
  chineseOriginal: { zh: '中文原文', en: 'Chinese original', ru: 'Китайский оригинал' },
  doc_rendering: { zh: '对照译文', en: 'Translation', ru: 'Перевод' },
  doc_renderingNone: { zh: '仅中文', en: 'Chinese only', ru: 'Только китайский' },
  doc_renderingEn: { zh: '附英文', en: 'With English', ru: 'С английским' },
  doc_renderingRu: { zh: '附俄文', en: 'With Russian', ru: 'С русским' },
  doc_renderingNote: {
    zh: '英文、俄文为 ClauseLens 自译的非官方译文，仅供参考，以中文原文为准。',
    en: 'The English and Russian texts are unofficial translations by ClauseLens, for reference only; the Chinese original is authoritative.',
    ru: 'Английский и русский тексты — неофициальные переводы ClauseLens, только для справки; определяющим является китайский оригинал.',
  },
  fidelity: { zh: '引用是否忠实', en: 'Is the quote faithful?', ru: 'Точна ли цитата?' },
  verdict_verbatim: { zh: '与原文一字不差', en: 'Word for word as in the source', ru: 'Слово в слово, как в источнике' },
  verdict_form: {
    zh: '文字与原文相同，仅标点、全半角或繁简有别',
    en: 'Same words as the source; only punctuation, width or script differ',
    ru: 'Те же слова, что в источнике; различаются лишь пунктуация, ширина знаков или начертание иероглифов',
  },
  verdict_abridged: {
    zh: '有删节，引出的部分与原文一致',
    en: 'Shortened; the parts quoted match the source',
    ru: 'Сокращено; процитированные части совпадают с источником',
  },
  verdict_altered: { zh: '与原文有出入', en: 'Differs from the source', ru: 'Расходится с источником' },
  verdict_translated: {
    zh: '以译文引用，无法逐字比对',
    en: 'Quoted in translation: no word-for-word comparison',
    ru: 'Цитата в переводе: дословное сравнение невозможно',
  },
  edit_added: { zh: '文章多出', en: 'added by the article', ru: 'добавлено в статье' },
  edit_dropped: { zh: '原文有而文章缺', en: 'missing from the article', ru: 'нет в статье' },
  edit_replaced: { zh: '原文为', en: 'the source has', ru: 'в источнике' },
  edit_omitted: { zh: '省略了原文', en: 'left out of the source', ru: 'опущено из источника' },
  edit_reordered: { zh: '语序调动', en: 'moved', ru: 'переставлено' },
  sourceDefect: {
    zh: '这一处差异可能是我们的来源文本有误，而非文章引错',
    en: 'This difference may be our source’s fault, not the article’s',
    ru: 'Это расхождение может быть ошибкой нашего источника, а не статьи',
  },
  // How each source defect is told to readers (flagWords in i18n.ts).

  flag_truncated: { zh: '此条在来源中被截断', en: 'This clause is cut off in the source', ru: 'Этот пункт в источнике обрывается' },
  flag_rejoined: {
    zh: '此条在来源中被分页或分栏拆开，已重新接合',
    en: 'This clause was split by a page or column break in the source and has been rejoined',
    ru: 'Этот пункт в источнике разорван переносом страницы или колонки и восстановлен',
  },
  'flag_tail-joined': {
    zh: '此条的结尾在来源中被错放，已接回',
    en: 'The end of this clause was misplaced in the source and has been joined back',
    ru: 'Конец этого пункта в источнике оказался не на своём месте и возвращён',
  },
  'flag_repeats-other-clause': {
    zh: '来源中另一编号的条款重复了此条的文字',
    en: 'The source repeats this text under another clause number',
    ru: 'Источник повторяет этот текст под другим номером пункта',
  },
  'flag_shared-run': {
    zh: '此段与另一段有大段相同文字，来源可能有误',
    en: 'This paragraph shares a long run of text with another one: the source may be corrupted',
    ru: 'Этот абзац совпадает с другим на длинном отрезке текста: источник может быть повреждён',
  },
  'flag_stray-latin': {
    zh: '来源的中文里夹有拉丁字母词',
    en: 'The source has a stray Latin word inside the Chinese text',
    ru: 'В китайском тексте источника оказалось латинское слово',
  },
  'flag_doubled-char': { zh: '来源中有重复的字', en: 'The source doubles a character here', ru: 'Источник здесь удваивает иероглиф' },
  flag_unplaced: {
    zh: '无法确定此段属于哪份文件',
    en: 'It is not certain which document this paragraph belongs to',
    ru: 'Неизвестно точно, к какому документу относится этот абзац',
  },
  flag_relocated: {
    zh: '来源把此段印在另一份文件中，已按内容归回本文件',
    en: 'The source prints this paragraph among another document’s; it was placed back here by its content',
    ru: 'Источник печатает этот абзац среди абзацев другого документа; по содержанию он возвращён сюда',
  },
  'flag_incomplete-document': {
    zh: '来源只收录了这份文件的片段',
    en: 'The source holds only fragments of this document',
    ru: 'Источник содержит только фрагменты этого документа',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** Every string of `lang`: what the background sends a content script. */
export function stringsIn(lang: Lang): LangStrings {
  return Object.fromEntries(Object.entries(STRINGS).map(([key, text]) => [key, text[lang]])) as LangStrings;
}

// Whatever imports this module (the pages, the background) has every language at hand.
for (const lang of LANGS) setStrings(lang, stringsIn(lang));
