import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Card, type CardModel, NoSourceCard } from '../../components/Card';
import { ClauseActions } from '../../components/ClauseActions';
import type { Lang } from '../../components/i18n';
import { DocumentPage } from '../../entrypoints/document/DocumentPage';
import { PopupApp } from '../../entrypoints/popup/PopupApp';
import { loadIndex } from '../../lib/clauselens';
import { chineseNumeralToNumber } from '../../lib/text/chinese-numerals';
import type { Clause, ClauseIndex, DocumentRecord } from '../../lib/index/types';
import type { SearchData } from '../../lib/search/build';
import { createClauseSearch } from '../../lib/search/clause-search';

const index = JSON.parse(readFileSync('data/generated/clause-index.json', 'utf8')) as ClauseIndex;
const loaded = loadIndex(index);
const search = createClauseSearch(loaded, index.search as SearchData);

beforeEach(() => fakeBrowser.reset());

const doc: DocumentRecord = {
  id: 'intl-law',
  title: '中华人民共和国和俄罗斯联邦关于进一步加强合作维护国际法权威的联合声明',
  titleEn: 'Joint Statement on Upholding the Authority of International Law',
  shortTitle: { zh: '维护国际法权威联合声明', en: 'Statement on International Law', ru: 'Заявление о международном праве' },
  date: '2025-05-08',
  place: { zh: '莫斯科', en: 'Moscow', ru: 'Москва' },
  publisher: { zh: '新华社', en: 'Xinhua', ru: 'Синьхуа' },
  type: 'joint-statement',
  incomplete: false,
  csl: { id: 'intl-law', type: 'document', title: 't', issued: { 'date-parts': [[2025, 5, 8]] } },
  clauseCount: 3,
};

function clause(id: string, label: string, kind: Clause['kind'], text: string, flags: Clause['flags'] = []): Clause {
  return { id, docId: doc.id, ordinal: 1, label, kind, text, sources: [], flags };
}

const eighth = clause('intl-law-c8', '八', 'numbered', '八、双方反对单边制裁。', [{ kind: 'truncated', note: 'cut' }]);
const model: CardModel = {
  quote: '反对单边制裁',
  clause: eighth,
  document: doc,
  matchStart: 4,
  matchEnd: 10,
  score: 1,
  others: [{ clause: clause('intl-law-p9', '第9段', 'paragraph', '另一段'), document: doc, score: 0.8 }],
  previous: clause('intl-law-c7', '七', 'numbered', '七、前一条。'),
  next: clause('intl-law-f3', '片段3', 'fragment', '后一段。'),
};

const renderCard = (lang: Lang) =>
  render(<Card model={model} lang={lang} onCopy={vi.fn()} onOpenDocument={vi.fn()} onPickCandidate={vi.fn()} onClose={vi.fn()} />);

describe('a card in Russian', () => {
  it('speaks Russian throughout: labels, buttons, verdict, source defects, document name', () => {
    const { container } = renderCard('ru');
    expect(container.querySelector('header .label')?.textContent).toBe('ст. 8');
    expect(container.querySelector('.doc-title')?.textContent).toBe('Заявление о международном праве');
    expect(container.querySelector('.meta')?.textContent).toContain('Москва');
    expect(screen.getByText('Точное совпадение')).toBeTruthy();
    expect(screen.getByRole('button', { name: '↑ Предыдущий пункт · ст. 7' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '↓ Следующий пункт · фрагмент 3' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Заявление о международном праве · п\. 9/ })).toBeTruthy();
    expect(screen.getByText(/Этот пункт в источнике обрывается/)).toBeTruthy();
    for (const name of ['Копировать ссылку', 'Копировать текст пункта', 'Открыть в документе', 'Закрыть']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    container.querySelector('.clause-text')?.remove();
    expect(container.textContent).not.toMatch(/[第段片序八七]/u);
  });

  it('wraps the reader’s text in Russian quotation marks when no source is found', () => {
    render(<NoSourceCard text="Пресс-секретарь назвал переговоры" lang="ru" onClose={vi.fn()} onSearch={vi.fn()} />);
    expect(screen.getByRole('dialog', { name: 'Исходный пункт не найден' })).toBeTruthy();
    expect(screen.getByText('«Пресс-секретарь назвал переговоры»')).toBeTruthy();
  });
});

describe('clause labels in English', () => {
  it('labels the card, its neighbours and the other candidates in English', () => {
    const { container } = renderCard('en');
    expect(container.querySelector('header .label')?.textContent).toBe('Art. 8');
    expect(screen.getByRole('button', { name: '↑ Previous clause · Art. 7' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '↓ Next clause · Fragment 3' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Statement on International Law · ¶ 9/ })).toBeTruthy();
  });

  it('keeps the Chinese labels for a Chinese reader', () => {
    const { container } = renderCard('zh');
    expect(container.querySelector('header .label')?.textContent).toBe('八');
    expect(screen.getByRole('button', { name: '↑ 上一条 · 七' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /第9段/ })).toBeTruthy();
  });

  it('heads every clause of the document page with its English label', async () => {
    const first = index.documents[0];
    window.location.hash = '';
    window.history.replaceState(null, '', `?doc=${first?.id}`);
    const { container } = render(<DocumentPage loaded={loaded} search={search} lang="en" />);
    const clauses = index.clauses.filter((c) => c.docId === first?.id);
    const headings = [...container.querySelectorAll('section h2.label')].map((h) => h.textContent);
    expect(headings).toHaveLength(clauses.length);
    expect(headings).toContain('Preamble');
    expect(headings).toContain(`¶ ${clauses.find((c) => c.kind === 'paragraph')?.ordinal}`);
    expect(headings.join(' ')).not.toMatch(/[段序]/u);
  });
});

describe('the popup in Russian', () => {
  const renderPopup = (quotes: Awaited<ReturnType<Parameters<typeof PopupApp>[0]['loadPageQuotes']>> = []) =>
    render(
      <PopupApp loaded={loaded} search={search} lang="ru" loadPageQuotes={async () => quotes} revealQuote={vi.fn()} lookupSelection={vi.fn()} />,
    );

  it('labels search results in Russian and counts documents and clauses in Russian', async () => {
    const { container } = renderPopup();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '反对个别国家将外空用于武装对抗' } });
    const target = index.clauses.find((c) => c.text.includes('反对个别国家将外空用于武装对抗'));
    await waitFor(() => expect(container.querySelector('.result')).not.toBeNull());
    const first = container.querySelector('.result') as HTMLElement;
    expect(first.dataset.clauseId).toBe(target?.id);
    expect(first.querySelector('.label')?.textContent).toBe(`п. ${target?.ordinal}`);
    expect(screen.getByRole('tab', { name: 'Поиск' })).toBeTruthy();
    expect(container.textContent).toContain(`документов: ${index.documents.length}`);
    expect(container.textContent).toContain(`пунктов: ${index.clauses.length}`);
  });

  it('lists the quotes on the page in «…» with Russian labels', async () => {
    const target = index.clauses.find((c) => c.kind === 'numbered') as Clause;
    renderPopup([
      { id: 1, quote: 'против односторонних санкций', clauseId: target.id, docId: target.docId, label: target.label, score: 0.7, verdict: 'translated', lang: 'ru' },
    ]);
    fireEvent.click(screen.getByRole('tab', { name: 'На этой странице' }));
    expect(await screen.findByText('«против односторонних санкций»')).toBeTruthy();
    const where = document.querySelector('.page-quotes .where')?.textContent ?? '';
    expect(where).toContain(`ст. ${chineseNumeralToNumber(target.label)}`);
    expect(where).not.toContain(target.label);
    expect(screen.getByText('Цитата в переводе: дословное сравнение невозможно')).toBeTruthy();
  });
});

describe('copying a clause', () => {
  const withRenderings = index.clauses.find((c) => c.renderings?.en && c.renderings.ru) as Clause;
  const docOf = index.documents.find((d) => d.id === withRenderings.docId) as DocumentRecord;

  async function copiedIn(lang: Lang): Promise<string> {
    const written: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text: string) => {
      written.push(text);
    });
    render(<ClauseActions clause={withRenderings} document={docOf} lang={lang} />);
    fireEvent.click(screen.getByRole('button', { name: lang === 'ru' ? 'Копировать текст пункта' : lang === 'en' ? 'Copy clause' : '复制条文' }));
    await waitFor(() => expect(written).toHaveLength(1));
    vi.restoreAllMocks();
    return written[0] ?? '';
  }

  it('gives a Russian reader the Russian rendering marked unofficial, then the Chinese original', async () => {
    const text = await copiedIn('ru');
    expect(text.startsWith(`Неофициальный перевод ClauseLens:\n${withRenderings.renderings?.ru}`)).toBe(true);
    expect(text.endsWith(`Китайский оригинал:\n${withRenderings.text}`)).toBe(true);
  });

  it('gives an English reader the English rendering, and a Chinese reader the Chinese alone', async () => {
    const english = await copiedIn('en');
    expect(english).toContain('Unofficial translation by ClauseLens:');
    expect(english).toContain(withRenderings.renderings?.en);
    expect(english).toContain(withRenderings.text);
    expect(await copiedIn('zh')).toBe(withRenderings.text);
  });
});
