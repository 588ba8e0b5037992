import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../entrypoints/popup/PopupApp';
import { loadIndex } from '../../lib/clauselens';
import type { ClauseIndex } from '../../lib/index/types';
import type { SearchData } from '../../lib/search/build';
import { createClauseSearch } from '../../lib/search/clause-search';

const index = JSON.parse(readFileSync('data/generated/clause-index.json', 'utf8')) as ClauseIndex;
const loaded = loadIndex(index);
const search = createClauseSearch(loaded, index.search as SearchData);

beforeEach(() => fakeBrowser.reset());

function renderPopup(lang: 'zh' | 'en') {
  render(
    <PopupApp
      loaded={loaded}
      search={search}
      lang={lang}
      loadPageQuotes={vi.fn(async () => [])}
      revealQuote={vi.fn()}
      lookupSelection={vi.fn()}
    />,
  );
}

const field = () => screen.getByRole('searchbox') as HTMLInputElement;
const firstResult = () => document.querySelector('.result') as HTMLElement | null;

describe('popup search in English and Russian', () => {
  it('shows the matched rendering, labelled as our unofficial translation, with its words marked, above the Chinese', async () => {
    renderPopup('en');
    fireEvent.input(field(), { target: { value: 'Golden Dome' } });
    await waitFor(() => expect(firstResult()?.dataset.hitKind).toBe('rendering'));
    const result = firstResult() as HTMLElement;
    const rendering = result.querySelector('.rendering') as HTMLElement;
    expect(rendering.lang).toBe('en');
    expect(rendering.textContent).toContain('Unofficial translation');
    expect([...rendering.querySelectorAll('mark')].some((m) => m.textContent?.includes('Golden Dome'))).toBe(true);
    const original = result.querySelector('.original') as HTMLElement;
    expect(original.lang).toBe('zh-CN');
    expect(original.querySelector('mark')?.textContent).toContain('金穹');
  });

  it('shows the Russian rendering for a Russian query, in the reader’s interface language', async () => {
    renderPopup('zh');
    fireEvent.input(field(), { target: { value: 'санкциями' } });
    await waitFor(() => expect(firstResult()?.dataset.hitKind).toBe('rendering'));
    const rendering = firstResult()?.querySelector('.rendering') as HTMLElement;
    expect(rendering.lang).toBe('ru');
    expect(rendering.textContent).toContain('非官方译文');
    expect([...rendering.querySelectorAll('mark')].map((m) => m.textContent)).toContain('санкции');
    // The snippet is cut between words.
    const full = index.clauses.find((c) => c.id === firstResult()?.dataset.clauseId)?.renderings?.ru ?? '';
    const snippet = (rendering.querySelector('.text') as HTMLElement).textContent ?? '';
    expect(snippet.startsWith('…')).toBe(true);
    const start = full.indexOf(snippet.slice(1).replace(/…$/u, ''));
    expect(full[start - 1]).toBe(' ');
    // The Chinese clause comes with it, from its start when the query names no glossary term.
    const clause = index.clauses.find((c) => c.id === firstResult()?.dataset.clauseId);
    expect(clause?.text).toContain('制裁');
    expect(firstResult()?.querySelector('.original')?.textContent).toContain(clause?.text.slice(0, 20));
  });

  it('shows only the Chinese for a Chinese query', async () => {
    renderPopup('en');
    fireEvent.input(field(), { target: { value: '外空' } });
    await waitFor(() => expect(firstResult()).not.toBeNull());
    expect(document.querySelector('.rendering')).toBeNull();
    expect(firstResult()?.querySelector('mark')?.textContent).toBe('外空');
  });
});
