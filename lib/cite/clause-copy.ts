import type { Clause } from '../index/types';
import type { LabelLanguage } from './clause-label';

const HEADINGS = {
  en: { rendering: 'Unofficial translation by ClauseLens:', original: 'Chinese original:' },
  ru: { rendering: 'Неофициальный перевод ClauseLens:', original: 'Китайский оригинал:' },
} as const;

/**
 * What "Copy clause" puts on the clipboard. A reader of English or Russian gets
 * our rendering in their language, headed as unofficial so that nobody pastes it
 * as the official text, then the Chinese original under its own heading. Chinese
 * readers, and clauses without a rendering in the reader's language, get the
 * Chinese alone.
 */
export function clauseCopyText(clause: Pick<Clause, 'text' | 'renderings'>, lang: LabelLanguage): string {
  if (lang === 'zh') return clause.text;
  const rendering = clause.renderings?.[lang]?.trim();
  if (!rendering) return clause.text;
  const headings = HEADINGS[lang];
  return `${headings.rendering}\n${rendering}\n\n${headings.original}\n${clause.text}`;
}
