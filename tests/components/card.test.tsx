import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Card, type CardModel, NoSourceCard } from '../../components/Card';
import type { Clause, DocumentRecord } from '../../lib/index/types';

const doc: DocumentRecord = {
  id: 'stability',
  title: '中华人民共和国和俄罗斯联邦关于全球战略稳定的联合声明',
  titleEn: 'Joint Statement on Global Strategic Stability',
  shortTitle: { zh: '全球战略稳定联合声明', en: 'Statement on Strategic Stability' },
  date: '2025-05-08',
  place: { zh: '莫斯科', en: 'Moscow' },
  publisher: { zh: '新华社', en: 'Xinhua' },
  type: 'joint-statement',
  incomplete: false,
  csl: { id: 'stability', type: 'document', title: 't', issued: { 'date-parts': [[2025, 5, 8]] } },
  clauseCount: 3,
};

function clause(id: string, label: string, text: string, flags: Clause['flags'] = []): Clause {
  return { id, docId: doc.id, ordinal: 1, label, kind: 'paragraph', text, sources: [], flags };
}

const main = clause('stability-p2', '第2段', '双方重申恪守联合声明，特别是有关“核战争打不赢也打不得”的原则。', [
  { kind: 'truncated', note: 'ends mid-sentence' },
]);
const model: CardModel = {
  quote: '核战争打不赢也打不得',
  clause: main,
  document: doc,
  matchStart: main.text.indexOf('核战争'),
  matchEnd: main.text.indexOf('”的原则'),
  score: 1,
  others: [{ clause: clause('stability-p9', '第9段', '另一条'), document: doc, score: 0.8 }],
  previous: clause('stability-p1', '第1段', '前一条的文字'),
  next: clause('stability-p3', '第3段', '后一条的文字'),
};

function renderCard(overrides: Partial<Parameters<typeof Card>[0]> = {}) {
  const handlers = {
    onCopy: vi.fn(),
    onOpenDocument: vi.fn(),
    onPickCandidate: vi.fn(),
    onClose: vi.fn(),
  };
  const view = render(<Card model={model} lang="zh" {...handlers} {...overrides} />);
  return { ...handlers, view };
}

describe('Card', () => {
  it('carries the clause and document ids and a dialog role with a label', () => {
    const { view } = renderCard();
    const root = view.container.querySelector('.card') as HTMLElement;
    expect(root.dataset.clauseId).toBe('stability-p2');
    expect(root.dataset.docId).toBe('stability');
    expect(screen.getByRole('dialog').getAttribute('aria-labelledby')).toBeTruthy();
    expect(screen.getByRole('dialog').textContent).toContain('全球战略稳定联合声明');
  });

  it('shows the whole clause with the quoted part marked', () => {
    const { view } = renderCard();
    expect(view.container.querySelector('.clause-text')?.textContent).toBe(main.text);
    expect(view.container.querySelector('mark')?.textContent).toBe('核战争打不赢也打不得');
  });

  it('says exact or close match with the score', () => {
    renderCard();
    expect(screen.getByText('完全一致')).toBeTruthy();
    render(<Card model={{ ...model, score: 0.82 }} lang="en" onCopy={vi.fn()} onOpenDocument={vi.fn()} onPickCandidate={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByText('Close match')).toBeTruthy();
    expect(screen.getByText('Score 0.82')).toBeTruthy();
  });

  it('heads a distant match with a note saying so, before the clause, and only then', () => {
    const { view } = renderCard({ model: { ...model, distant: true } });
    const note = view.container.querySelector('.distant');
    expect(note?.textContent).toContain('远似匹配');
    expect(note?.getAttribute('role')).toBe('note');
    const order = [...view.container.querySelectorAll('.distant, .clause-text')].map((e) => e.className);
    expect(order[0]).toBe('distant');
    view.unmount();
    expect(renderCard().view.container.querySelector('.distant')).toBeNull();
  });

  it('tells the source flag in words', () => {
    renderCard();
    expect(screen.getByText(/此条在来源中被截断/)).toBeTruthy();
  });

  it('shows the previous and next clause only on demand', () => {
    renderCard();
    expect(screen.queryByText('前一条的文字')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /上一条/ }));
    expect(screen.getByText('前一条的文字')).toBeTruthy();
    expect(screen.getByRole('button', { name: /上一条/ }).getAttribute('aria-expanded')).toBe('true');
  });

  it('lists other candidate clauses and picks one', () => {
    const { onPickCandidate } = renderCard();
    fireEvent.click(screen.getByRole('button', { name: /第9段/ }));
    expect(onPickCandidate).toHaveBeenCalledWith('stability-p9');
  });

  it('wires copy, open and close buttons, and reports a copy', () => {
    const { onCopy, onOpenDocument, onClose } = renderCard({ copyState: { kind: 'citation', ok: true } });
    fireEvent.click(screen.getByRole('button', { name: /复制引用/ }));
    fireEvent.click(screen.getByRole('button', { name: /复制条文/ }));
    fireEvent.click(screen.getByRole('button', { name: '在文件中查看' }));
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(onCopy.mock.calls).toEqual([['citation'], ['clause']]);
    expect(onOpenDocument).toHaveBeenCalledOnce();
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: /复制引用/ }).textContent).toContain('已复制');
  });

  it('renders page text as text, never as markup', () => {
    const hostile = clause('x', '第1段', '<img src=x onerror="alert(1)">文字');
    const { container } = render(
      <Card model={{ ...model, clause: hostile, matchStart: 0, matchEnd: 0, others: [] }} lang="zh" onCopy={vi.fn()} onOpenDocument={vi.fn()} onPickCandidate={vi.fn()} onClose={vi.fn()} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x');
  });
});

describe('NoSourceCard', () => {
  it('says plainly that no clause was found, in the UI language', () => {
    const onSearch = vi.fn();
    render(<NoSourceCard text="随便一句话" lang="en" onClose={vi.fn()} onSearch={onSearch} />);
    expect(screen.getByRole('dialog', { name: 'No source clause found' })).toBeTruthy();
    expect(screen.getByText('“随便一句话”')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Search the clauses' }));
    expect(onSearch).toHaveBeenCalledOnce();
  });
});

describe('Card fidelity and cross-language parts', () => {
  const renderWith = (extra: Partial<CardModel>, lang: 'zh' | 'en' = 'en') =>
    render(
      <Card
        model={{ ...model, ...extra }}
        lang={lang}
        onCopy={vi.fn()}
        onOpenDocument={vi.fn()}
        onPickCandidate={vi.fn()}
        onClose={vi.fn()}
      />,
    );

  it('says a faithful quote is word for word, with no comparison', () => {
    const { container } = renderWith({ fidelity: { verdict: 'verbatim', edits: [], differences: [], spans: [] } });
    expect(container.querySelector('[data-verdict=verbatim] .verdict')?.textContent).toBe('Word for word as in the source');
    expect(container.querySelector('.comparison')).toBeNull();
  });

  it('marks what an altered quote changed by shape and by words, not by colour alone', () => {
    const quote = '核战争打不赢也打不了';
    const edit = {
      kind: 'replaced' as const,
      quote: '了',
      source: '得',
      quoteStart: 9,
      quoteEnd: 10,
      sourceStart: 0,
      sourceEnd: 1,
      clauseId: main.id,
    };
    const { container } = renderWith({ quote, fidelity: { verdict: 'altered', edits: [edit], differences: [], spans: [] } });
    expect(container.querySelector('.verdict')?.textContent).toBe('Differs from the source');
    expect(container.querySelector('.comparison ins')?.textContent).toBe('了');
    expect(container.querySelector('.comparison del')?.textContent).toContain('得');
    expect(container.querySelector('.comparison del .sr-only')?.textContent).toContain('the source has');
  });

  it('says when a difference may be our source’s fault', () => {
    const edit = {
      kind: 'dropped' as const,
      quote: '',
      source: '系',
      quoteStart: 3,
      quoteEnd: 3,
      sourceStart: 3,
      sourceEnd: 4,
      clauseId: main.id,
      sourceDefect: { kind: 'doubled-char' as const, note: 'printed twice', explains: true },
    };
    const { container } = renderWith({ fidelity: { verdict: 'verbatim', edits: [edit], differences: [], spans: [] } }, 'zh');
    expect(container.querySelector('.defect')?.textContent).toContain('可能是我们的来源文本有误');
  });

  it('shows an unofficial rendering with the matched words, and the Chinese clause below it', () => {
    const { container } = renderWith({
      cross: {
        lang: 'en',
        rendering: [
          { text: 'A nuclear war ', marked: false },
          { text: 'cannot be won', marked: true },
        ],
        original: [{ text: main.text, marked: false }],
        unofficial: 'unofficial translation',
        method: 'cross-language match',
        coverage: 0.9,
        terms: [],
      },
      fidelity: { verdict: 'translated', edits: [], differences: [], spans: [] },
    });
    expect(container.querySelector('.badge')?.textContent).toBe('Cross-language match');
    expect(container.querySelector('.unofficial')?.textContent).toContain('Unofficial translation');
    expect(container.querySelector('.rendering mark')?.textContent).toBe('cannot be won');
    expect(container.querySelector('.rendering')?.getAttribute('lang')).toBe('en');
    expect(container.querySelector('.original')?.textContent).toBe(main.text);
    expect(container.querySelector('.verdict')?.textContent).toContain('Quoted in translation');
  });
});
