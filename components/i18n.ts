/**
 * The UI languages and how strings are looked up in them. The strings the card and
 * pages share are in strings.ts, those only the extension's pages show in
 * page-i18n.ts, the manifest's own in public/_locales.
 */
import type { ClauseFlagKind } from '../lib/index/types';
import type { STRINGS } from './strings';

export type Lang = 'zh' | 'en' | 'ru';

export const LANGS: readonly Lang[] = ['zh', 'en', 'ru'];

// The strings themselves live in strings.ts: the pages carry them all, the content script
// gets the reader's language from the background, which keeps its bundle small.
const loaded: Partial<Record<Lang, LangStrings>> = {};

/** Makes `strings` the UI strings of `lang`. */
export function setStrings(lang: Lang, strings: LangStrings): void {
  loaded[lang] = strings;
}

export type StringKey = keyof typeof STRINGS;
export type LangStrings = Record<StringKey, string>;

/** The string in `lang`, with `{name}` placeholders filled from `values`; the key itself before the strings are in. */
export function t(key: StringKey, lang: Lang, values?: Record<string, string | number>): string {
  return fill(loaded[lang]?.[key] ?? key, values);
}

/** A string of `table` in `lang`, with `{name}` placeholders filled from `values`. */
export function translate<K extends string>(
  table: Record<K, Record<Lang, string>>,
  key: K,
  lang: Lang,
  values?: Record<string, string | number>,
): string {
  return fill(table[key][lang], values);
}

function fill(text: string, values?: Record<string, string | number>): string {
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

/** A source defect in the reader's words. */
export function flagWords(kind: ClauseFlagKind, lang: Lang): string {
  return t(`flag_${kind}`, lang);
}
