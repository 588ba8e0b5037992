import { type Lang, translate } from './i18n';
// Pages show the card's strings too: importing them here makes them every page's.
import './strings';

/**
 * Strings only the extension's pages show (popup, document page, settings), in the
 * three UI languages. Apart from i18n.ts so that the content script, which shows
 * cards only, does not carry them.
 */
const PAGE_STRINGS = {
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

export type PageStringKey = keyof typeof PAGE_STRINGS;

/** A page string in `lang`, with `{name}` placeholders filled from `values`. */
export function tp(key: PageStringKey, lang: Lang, values?: Record<string, string | number>): string {
  return translate(PAGE_STRINGS, key, lang, values);
}
