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

function renderPopup(quotes: Awaited<ReturnType<Parameters<typeof PopupApp>[0]['loadPageQuotes']>> = []) {
  const props = {
    loadPageQuotes: vi.fn(async () => quotes),
    revealQuote: vi.fn(),
    lookupSelection: vi.fn(),
  };
  render(<PopupApp loaded={loaded} search={search} lang="zh" {...props} />);
  return props;
}

const resultIds = () => [...document.querySelectorAll('.result')].map((el) => (el as HTMLElement).dataset.clauseId);
const field = () => screen.getByRole('searchbox') as HTMLInputElement;

describe('popup search', () => {
  it('has the focus in an input[type=search]', () => {
    renderPopup();
    expect(field().type).toBe('search');
    expect(document.activeElement).toBe(field());
  });

  it('lists the outer-space clauses first for 外空', async () => {
    renderPopup();
    fireEvent.input(field(), { target: { value: '外空' } });
    const outerSpace = index.clauses.filter((c) => c.text.includes('外空')).map((c) => c.id);
    await waitFor(() => expect(resultIds().length).toBeGreaterThanOrEqual(outerSpace.length));
    expect(new Set(resultIds().slice(0, outerSpace.length))).toEqual(new Set(outerSpace));
    expect(document.querySelector('.result mark')?.textContent).toBe('外空');
  });

  it('finds 核战争打不赢也打不得 from traditional 核戰爭打不贏', async () => {
    renderPopup();
    fireEvent.input(field(), { target: { value: '核戰爭打不贏' } });
    const expected = index.clauses.find((c) => c.text.includes('核战争打不赢也打不得'))?.id;
    await waitFor(() => expect(resultIds()[0]).toBe(expected));
  });

  it('filters by document and groups results under document titles', async () => {
    renderPopup();
    fireEvent.input(field(), { target: { value: '双方' } });
    await waitFor(() => expect(resultIds().length).toBeGreaterThan(0));
    expect(document.querySelectorAll('.group h2').length).toBeGreaterThan(1);
    const docId = index.documents[1]?.id as string;
    fireEvent.change(screen.getByRole('combobox', { name: '按文件筛选' }), { target: { value: docId } });
    await waitFor(() => {
      const docs = resultIds().map((id) => index.clauses.find((c) => c.id === id)?.docId);
      expect(docs.length).toBeGreaterThan(0);
      expect(docs.every((d) => d === docId)).toBe(true);
    });
  });

  it('moves with ↑ ↓, expands with Enter and collapses with Esc', async () => {
    renderPopup();
    fireEvent.input(field(), { target: { value: '国际法' } });
    await waitFor(() => expect(resultIds().length).toBeGreaterThan(2));
    const active = () => (document.querySelector('.result.active') as HTMLElement | null)?.dataset.clauseId;
    expect(active()).toBe(resultIds()[0]);
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    fireEvent.keyDown(field(), { key: 'ArrowUp' });
    expect(active()).toBe(resultIds()[1]);
    expect(field().getAttribute('aria-activedescendant')).toBe(`result-${resultIds()[1]}`);
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(document.querySelector('.result.expanded')?.getAttribute('data-clause-id')).toBe(resultIds()[1]);
    expect(screen.getByRole('button', { name: '复制引用' })).toBeTruthy();
    fireEvent.keyDown(field(), { key: 'Escape' });
    expect(document.querySelector('.result.expanded')).toBeNull();
    fireEvent.keyDown(field(), { key: 'Escape' });
    expect(field().value).toBe('');
  });

  it('says so when nothing matches', async () => {
    renderPopup();
    fireEvent.input(field(), { target: { value: 'zzzzqqqq' } });
    expect(await screen.findByText('没有匹配的条款。')).toBeTruthy();
  });
});

describe('on this page', () => {
  it('lists the quotes matched on the tab and jumps to one', async () => {
    const clause = index.clauses[5];
    const props = renderPopup([
      { id: 7, quote: '一段引语', clauseId: clause?.id ?? '', docId: clause?.docId ?? '', label: clause?.label ?? '', score: 1, verdict: 'verbatim', lang: 'zh' },
      { id: 8, quote: '另一段引语', clauseId: clause?.id ?? '', docId: clause?.docId ?? '', label: clause?.label ?? '', score: 0.9, verdict: 'altered', lang: 'zh' },
    ]);
    fireEvent.click(screen.getByRole('tab', { name: '本页引语' }));
    const item = await screen.findByText('“一段引语”');
    expect(screen.getByText('与原文一字不差')).toBeTruthy();
    expect(screen.getByText(/与原文有出入/).getAttribute('data-verdict')).toBe('altered');
    fireEvent.click(item);
    expect(props.revealQuote).toHaveBeenCalledWith(7);
  });

  it('says when ClauseLens is not running on the tab', async () => {
    renderPopup(null);
    fireEvent.click(screen.getByRole('tab', { name: '本页引语' }));
    expect(await screen.findByText('ClauseLens 未在此页运行。')).toBeTruthy();
  });
});

describe('site switch', () => {
  it('offers to switch off a site where ClauseLens runs, and to enable one where it does not', () => {
    const onChange = vi.fn();
    const { unmount } = render(
      <PopupApp
        loaded={loaded}
        search={search}
        lang="en"
        loadPageQuotes={async () => []}
        revealQuote={vi.fn()}
        lookupSelection={vi.fn()}
        site={{ host: 'www.reuters.com', status: 'default', onChange }}
      />,
    );
    expect(screen.getByText('Running on www.reuters.com')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Switch off here' }));
    expect(onChange).toHaveBeenCalledWith('off');
    unmount();
    render(
      <PopupApp
        loaded={loaded}
        search={search}
        lang="en"
        loadPageQuotes={async () => []}
        revealQuote={vi.fn()}
        lookupSelection={vi.fn()}
        site={{ host: 'example.org', status: 'not-enabled', onChange }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Enable on this site' }));
    expect(onChange).toHaveBeenLastCalledWith('on');
  });
});
