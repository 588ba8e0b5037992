import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DocumentPage } from '../../entrypoints/document/DocumentPage';
import { loadIndex } from '../../lib/clauselens';
import type { RenderingSetting } from '../../lib/document-view';
import type { ClauseIndex } from '../../lib/index/types';
import type { SearchData } from '../../lib/search/build';
import { createClauseSearch } from '../../lib/search/clause-search';
import { documentRendering } from '../../utils/settings';

const index = JSON.parse(readFileSync('data/generated/clause-index.json', 'utf8')) as ClauseIndex;
const loaded = loadIndex(index);
const search = createClauseSearch(loaded, index.search as SearchData);
const target = index.clauses.find((c) => c.text.includes('金穹')) ?? index.clauses[0];

beforeEach(() => fakeBrowser.reset());
afterEach(() => history.replaceState(null, '', location.pathname));

function renderPage(lang: Parameters<typeof DocumentPage>[0]['lang'], storedRendering: RenderingSetting = 'auto') {
  render(<DocumentPage loaded={loaded} search={search} lang={lang} storedRendering={storedRendering} />);
}

const renderings = () => [...document.querySelectorAll<HTMLElement>('.clause .rendering')];
const radio = (name: RegExp) => screen.getByRole('radio', { name }) as HTMLInputElement;

describe('document page: renderings beside the Chinese', () => {
  it('shows the English rendering under each clause for an English interface, labelled as unofficial', () => {
    renderPage('en');
    const clauses = document.querySelectorAll('section.clause');
    expect(renderings()).toHaveLength(clauses.length);
    expect(renderings().every((r) => r.lang === 'en')).toBe(true);
    const first = loaded.index.clauses.find((c) => c.docId === loaded.index.documents[0]?.id);
    expect(renderings()[0]?.textContent).toContain(first?.renderings?.en ?? '—');
    expect(renderings()[0]?.textContent).toContain('Unofficial translation (by ClauseLens)');
    expect(radio(/With English/).checked).toBe(true);
  });

  it('shows the Chinese only for a Chinese interface until the reader chooses a rendering, and remembers the choice', async () => {
    renderPage('zh');
    expect(renderings()).toHaveLength(0);
    expect(radio(/仅中文/).checked).toBe(true);
    fireEvent.click(radio(/附俄文/));
    await waitFor(() => expect(renderings().length).toBeGreaterThan(0));
    expect(renderings().every((r) => r.lang === 'ru')).toBe(true);
    expect(await documentRendering.getValue()).toBe('ru');
  });

  it('follows the stored choice over the interface language', () => {
    renderPage('en', 'none');
    expect(renderings()).toHaveLength(0);
    expect(radio(/Chinese only/).checked).toBe(true);
  });

  it('opens #<clause>?lang=ru at the clause with the Russian rendering shown, whatever the stored choice', () => {
    history.replaceState(null, '', `#${target?.id}?lang=ru`);
    renderPage('en', 'en');
    const section = document.getElementById(target?.id ?? '');
    expect(section?.className).toContain('target');
    expect((section?.querySelector('.rendering') as HTMLElement | null)?.lang).toBe('ru');
    expect(section?.querySelector('.rendering')?.textContent).toContain(target?.renderings?.ru ?? '—');
    // The clause's own link keeps the rendering, so a copied link opens as shown.
    expect(section?.querySelector('h2 a')?.getAttribute('href')).toBe(`#${target?.id}?lang=ru`);
  });

  it('marks the words an English search matched in the English rendering', async () => {
    history.replaceState(null, '', `#${target?.id}`);
    renderPage('en');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Golden Dome' } });
    await waitFor(() => {
      const marks = [...(document.getElementById(target?.id ?? '')?.querySelectorAll('.rendering mark') ?? [])];
      expect(marks.some((m) => m.textContent?.includes('Golden Dome'))).toBe(true);
    });
    expect(document.getElementById(target?.id ?? '')?.querySelector('.original mark')?.textContent).toContain('金穹');
  });
});
