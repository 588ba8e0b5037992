import { storage } from 'wxt/utils/storage';
import type { CitationStyleId } from '../lib/cite';
import type { RenderingSetting } from '../lib/document-view';

export type CitationStyle = CitationStyleId;
export type UiLanguageSetting = 'auto' | 'zh' | 'en' | 'ru';

// Sync where the browser has it, so a reader's choices follow them between machines.
export const citationStyle = storage.defineItem<CitationStyle>('sync:citationStyle', {
  fallback: 'gbt7714',
});
export const highlightEnabled = storage.defineItem<boolean>('sync:highlightEnabled', {
  fallback: true,
});
export const hoverDelayMs = storage.defineItem<number>('sync:hoverDelayMs', { fallback: 350 });
export const uiLanguage = storage.defineItem<UiLanguageSetting>('sync:uiLanguage', {
  fallback: 'auto',
});

export type HighlightStyleSetting = 'underline' | 'background';
export const highlightStyle = storage.defineItem<HighlightStyleSetting>('sync:highlightStyle', {
  fallback: 'underline',
});
/** Host names where the reader switched ClauseLens off. */
export const disabledSites = storage.defineItem<string[]>('sync:disabledSites', { fallback: [] });
/** Host names, beyond the default news list, where the reader switched ClauseLens on. */
export const enabledSites = storage.defineItem<string[]>('sync:enabledSites', { fallback: [] });
/** What the document page shows beside the Chinese: one of our renderings, or none; 'auto' follows the interface language. */
export const documentRendering = storage.defineItem<RenderingSetting>('sync:documentRendering', { fallback: 'auto' });
