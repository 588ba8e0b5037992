/**
 * What the document page shows beside the Chinese clauses, and the address of a
 * clause with it: `document.html#<clause-id>` opens at the clause as the
 * reader last chose; `#<clause-id>?lang=en` (or `ru`) opens it with that
 * rendering shown, `?lang=zh` with the Chinese only; `#?lang=ru` names no clause.
 */
import type { RenderingLang } from './index/types';

/** The Chinese only, or with one of our renderings. */
export type ShownRendering = 'none' | RenderingLang;

/** The stored choice; 'auto' follows the interface language. */
export type RenderingSetting = 'auto' | ShownRendering;

export interface DocumentAnchor {
  /** The clause to open at; empty for none. */
  clauseId: string;
  /** The rendering the address asks for, when it asks. */
  rendering?: ShownRendering;
}

const LANGS: Record<string, ShownRendering> = { zh: 'none', en: 'en', ru: 'ru' };

export function parseDocumentHash(hash: string): DocumentAnchor {
  const body = hash.replace(/^#/, '');
  const at = body.indexOf('?');
  const id = at < 0 ? body : body.slice(0, at);
  let clauseId = id;
  try {
    clauseId = decodeURIComponent(id);
  } catch {
    // A malformed escape: keep the text as written, it matches no clause.
  }
  const lang = at < 0 ? null : new URLSearchParams(body.slice(at + 1)).get('lang');
  const rendering = lang === null ? undefined : LANGS[lang.toLowerCase()];
  return rendering ? { clauseId, rendering } : { clauseId };
}

export function documentHash(clauseId: string, rendering?: ShownRendering): string {
  const lang = rendering === undefined ? '' : `?lang=${rendering === 'none' ? 'zh' : rendering}`;
  return `#${encodeURIComponent(clauseId)}${lang}`;
}

/** A reader of an English or Russian interface sees that rendering until choosing otherwise. */
export function shownRendering(setting: RenderingSetting, uiLang: 'zh' | 'en' | 'ru'): ShownRendering {
  if (setting !== 'auto') return setting;
  return uiLang === 'zh' ? 'none' : uiLang;
}
