/**
 * UI strings in the three UI languages. The content script and pages share these;
 * the manifest's own strings live in public/_locales.
 */
export type Lang = 'zh' | 'en' | 'ru';

export const LANGS: readonly Lang[] = ['zh', 'en', 'ru'];

const STRINGS = {
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
  citationStyle: { zh: '引用格式', en: 'Citation style', ru: 'Стиль ссылки' },

  tab_search: { zh: '搜索', en: 'Search', ru: 'Поиск' },
  tab_page: { zh: '本页引语', en: 'On this page', ru: 'На этой странице' },
  searchPlaceholder: {
    zh: '搜索条款，如：外空、核战争',
    en: 'Search the clauses, e.g. 外空',
    ru: 'Поиск по пунктам, например 外空',
  },
  filterByDocument: { zh: '按文件筛选', en: 'Filter by document', ru: 'Фильтр по документу' },
  allDocuments: { zh: '全部文件', en: 'All documents', ru: 'Все документы' },
  results: { zh: '搜索结果', en: 'Results', ru: 'Результаты' },
  noResults: { zh: '没有匹配的条款。', en: 'No clause matches.', ru: 'Подходящих пунктов нет.' },
  documentCount: { zh: '{n} 份文件', en: '{n} documents', ru: 'документов: {n}' },
  clauseCount: { zh: '{n} 条', en: '{n} clauses', ru: 'пунктов: {n}' },
  findSelection: {
    zh: '查找页面上选中文字的出处',
    en: 'Find the source of the selected text',
    ru: 'Найти источник выделенного текста',
  },
  notRunningHere: {
    zh: 'ClauseLens 未在此页运行。',
    en: 'ClauseLens is not running on this page.',
    ru: 'ClauseLens не работает на этой странице.',
  },
  noPageQuotes: {
    zh: '此页没有找到出自这些文件的引语。',
    en: 'No quote from the documents on this page.',
    ru: 'На этой странице нет цитат из документов.',
  },
  site_running: { zh: '在 {host} 上运行中', en: 'Running on {host}', ru: 'Работает на {host}' },
  site_off: {
    zh: '已在 {host} 上关闭（刷新页面后生效）',
    en: 'Switched off on {host} (takes effect on reload)',
    ru: 'Отключено на {host} (подействует после перезагрузки страницы)',
  },
  site_notRunning: { zh: '未在 {host} 上运行', en: 'Not running on {host}', ru: 'Не работает на {host}' },
  site_switchOff: { zh: '在此网站关闭', en: 'Switch off here', ru: 'Отключить здесь' },
  site_enable: { zh: '在此网站启用', en: 'Enable on this site', ru: 'Включить на этом сайте' },

  doc_documents: { zh: '文件', en: 'Documents', ru: 'Документы' },
  doc_newsReport: { zh: '新闻报道', en: 'news report', ru: 'новостной репортаж' },
  doc_aboutSource: { zh: '来源说明', en: 'About the source', ru: 'Об источнике' },
  doc_searchIn: { zh: '在本文件中搜索', en: 'Search in this document', ru: 'Поиск в этом документе' },
  doc_matching: { zh: '{n} 条匹配', en: '{n} matching clauses', ru: 'найдено пунктов: {n}' },
  doc_none: { zh: '没有这份文件。', en: 'No such document.', ru: 'Такого документа нет.' },

  opt_title: { zh: '原文速查 ClauseLens · 设置', en: 'ClauseLens · Settings', ru: 'ClauseLens · Настройки' },
  opt_hint: {
    zh: '更改即时生效，无需刷新页面。',
    en: 'Changes apply at once, without reloading tabs.',
    ru: 'Изменения действуют сразу, без перезагрузки вкладок.',
  },
  opt_citations: { zh: '引用', en: 'Citations', ru: 'Ссылки' },
  opt_defaultStyle: { zh: '默认引用格式', en: 'Default citation style', ru: 'Стиль ссылки по умолчанию' },
  opt_marks: { zh: '网页上的标记', en: 'Marks on pages', ru: 'Пометки на страницах' },
  opt_markQuotes: {
    zh: '标出已找到出处的引语',
    en: 'Mark quotes whose source was found',
    ru: 'Помечать цитаты, источник которых найден',
  },
  opt_markStyle: { zh: '标记样式', en: 'Style', ru: 'Вид пометки' },
  opt_underline: { zh: '波浪下划线', en: 'Wavy underline', ru: 'Волнистое подчёркивание' },
  opt_background: { zh: '底色', en: 'Background', ru: 'Фон' },
  opt_hoverDelay: {
    zh: '悬停多久打开卡片（毫秒）',
    en: 'Hover delay before the card opens (ms)',
    ru: 'Задержка перед открытием карточки (мс)',
  },
  opt_sameAsBrowser: { zh: '跟随浏览器', en: 'Same as the browser', ru: 'Как в браузере' },
  opt_sites: { zh: '在哪些网站运行', en: 'Where ClauseLens runs', ru: 'Где работает ClauseLens' },
  opt_sitesHint: {
    zh: '默认在主要新闻和政府网站运行。其他网站需要您授权后才会运行。',
    en: 'By default it runs on major news and government sites. Other sites need your permission first.',
    ru: 'По умолчанию расширение работает на крупных новостных и государственных сайтах. На других сайтах — только с вашего разрешения.',
  },
  opt_site: { zh: '网站', en: 'Site', ru: 'Сайт' },
  opt_enable: { zh: '启用', en: 'Enable', ru: 'Включить' },
  opt_enterSite: {
    zh: '请输入网站地址，如 example.com',
    en: 'Enter a site such as example.com',
    ru: 'Введите адрес сайта, например example.com',
  },
  opt_notGranted: { zh: '未获授权访问 {host}', en: 'Access to {host} was not granted', ru: 'Доступ к {host} не предоставлен' },
  opt_enabledOn: { zh: '已在 {host} 上启用', en: 'Enabled on {host}', ru: 'Включено на {host}' },
  opt_enabledSites: { zh: '已启用的网站', en: 'Enabled sites', ru: 'Включённые сайты' },
  opt_remove: { zh: '移除', en: 'Remove', ru: 'Удалить' },
  opt_switchedOff: { zh: '已关闭的网站：', en: 'Switched off on:', ru: 'Отключено на сайтах:' },
  opt_switchBackOn: { zh: '重新开启', en: 'Switch back on', ru: 'Включить снова' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

/** The string in `lang`, with `{name}` placeholders filled from `values`. */
export function t(key: StringKey, lang: Lang, values?: Record<string, string | number>): string {
  const text: string = STRINGS[key][lang];
  return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole)) : text;
}

/** Every language's name in itself, for the language menu a reader of any of them must find. */
export const LANGUAGE_NAMES: Record<Lang, string> = { zh: '中文', en: 'English', ru: 'Русский' };

/** The UI language for a browser language tag such as `zh-TW`, `ru-RU` or `en-GB`. */
export function langFromTag(tag: string | undefined): Lang {
  const primary = tag?.toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' ? 'zh' : primary === 'ru' ? 'ru' : 'en';
}

/** The language tag a page in `lang` declares (`<html lang>`, `lang` attributes). */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : lang;
}

/** A quote inside the reader's text, in the marks of the reader's language: «…» in Russian, “…” in English and Chinese. */
export function quoted(text: string, lang: Lang): string {
  return lang === 'ru' ? `«${text}»` : `“${text}”`;
}

/** A name (a document's title, place, publisher; a citation style) in the reader's language; English where there is no Russian. */
export function inLang(names: { zh: string; en: string; ru?: string }, lang: Lang): string {
  return names[lang] ?? names.en;
}
