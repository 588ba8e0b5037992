import type { ClauseFlagKind } from './types';

/** How each source defect is told to readers, in the UI languages. */
export const FLAG_WORDS: Record<ClauseFlagKind, { zh: string; en: string; ru: string }> = {
  truncated: { zh: '此条在来源中被截断', en: 'This clause is cut off in the source', ru: 'Этот пункт в источнике обрывается' },
  rejoined: {
    zh: '此条在来源中被分页或分栏拆开，已重新接合',
    en: 'This clause was split by a page or column break in the source and has been rejoined',
    ru: 'Этот пункт в источнике разорван переносом страницы или колонки и восстановлен',
  },
  'tail-joined': {
    zh: '此条的结尾在来源中被错放，已接回',
    en: 'The end of this clause was misplaced in the source and has been joined back',
    ru: 'Конец этого пункта в источнике оказался не на своём месте и возвращён',
  },
  'repeats-other-clause': {
    zh: '来源中另一编号的条款重复了此条的文字',
    en: 'The source repeats this text under another clause number',
    ru: 'Источник повторяет этот текст под другим номером пункта',
  },
  'shared-run': {
    zh: '此段与另一段有大段相同文字，来源可能有误',
    en: 'This paragraph shares a long run of text with another one: the source may be corrupted',
    ru: 'Этот абзац совпадает с другим на длинном отрезке текста: источник может быть повреждён',
  },
  'stray-latin': {
    zh: '来源的中文里夹有拉丁字母词',
    en: 'The source has a stray Latin word inside the Chinese text',
    ru: 'В китайском тексте источника оказалось латинское слово',
  },
  'doubled-char': { zh: '来源中有重复的字', en: 'The source doubles a character here', ru: 'Источник здесь удваивает иероглиф' },
  unplaced: {
    zh: '无法确定此段属于哪份文件',
    en: 'It is not certain which document this paragraph belongs to',
    ru: 'Неизвестно точно, к какому документу относится этот абзац',
  },
  relocated: {
    zh: '来源把此段印在另一份文件中，已按内容归回本文件',
    en: 'The source prints this paragraph among another document’s; it was placed back here by its content',
    ru: 'Источник печатает этот абзац среди абзацев другого документа; по содержанию он возвращён сюда',
  },
  'incomplete-document': {
    zh: '来源只收录了这份文件的片段',
    en: 'The source holds only fragments of this document',
    ru: 'Источник содержит только фрагменты этого документа',
  },
};

export type UiLanguage = 'zh' | 'en' | 'ru';

export function flagWords(kind: ClauseFlagKind, lang: UiLanguage): string {
  return FLAG_WORDS[kind]?.[lang] ?? kind;
}
