import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type Lang, type StringKey, t } from '../../components/i18n';
import type { LoadedIndex } from '../../lib/clauselens';
import type { Clause, DocumentRecord } from '../../lib/index/types';
import type { ClauseSearch, SearchHit } from '../../lib/search/clause-search';
import type { PageQuoteSummary } from '../../utils/messaging';
import { ClauseActions } from '../../components/ClauseActions';
import { SiteSwitch, type SiteSwitchProps } from './SiteSwitch';
import { ResultText } from './ResultText';

export interface PopupProps {
  loaded: LoadedIndex;
  search: ClauseSearch;
  lang: Lang;
  /** The quotes the content script matched on the current tab, or null when it cannot tell. */
  loadPageQuotes(): Promise<PageQuoteSummary[] | null>;
  revealQuote(id: number): void;
  lookupSelection(): void;
  /** The current tab's site and its switch, when the tab is a web page. */
  site?: Omit<SiteSwitchProps, 'lang'>;
}

type View = 'search' | 'page';

const RESULT_LIMIT = 40;

function groupByDocument(hits: SearchHit[], documents: DocumentRecord[]) {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.clause.docId);
    if (list) list.push(hit);
    else groups.set(hit.clause.docId, [hit]);
  }
  // Documents in the order of their best hit, so the strongest result stays on top.
  return [...groups.entries()].map(([docId, list]) => ({
    document: documents.find((d) => d.id === docId),
    hits: list,
  }));
}

export function PopupApp({ loaded, search, lang, loadPageQuotes, revealQuote, lookupSelection, site }: PopupProps) {
  const [view, setView] = useState<View>('search');
  const [query, setQuery] = useState('');
  const [docFilter, setDocFilter] = useState('');
  const [active, setActive] = useState(0);
  const [expanded, setExpanded] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const documents = loaded.index.documents;

  // The popup exists to search: the field has focus as soon as it opens.
  useEffect(() => field.current?.focus(), []);

  const hits = useMemo(
    () => (query.trim() ? search.search(query, { docId: docFilter || undefined, limit: RESULT_LIMIT }) : []),
    [query, docFilter, search],
  );
  const groups = useMemo(() => groupByDocument(hits, documents), [hits, documents]);
  const flat = groups.flatMap((g) => g.hits);

  useEffect(() => {
    setActive(0);
    setExpanded(null);
  }, [query, docFilter]);

  useEffect(() => {
    const id = flat[active]?.clause.id;
    if (id) document.querySelector(`[data-clause-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active, flat]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, Math.max(flat.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      const id = flat[active]?.clause.id;
      if (id) setExpanded((current) => (current === id ? null : id));
    } else if (event.key === 'Escape') {
      if (expanded) setExpanded(null);
      else if (query) setQuery('');
      else window.close();
      event.preventDefault();
    }
  };

  return (
    <main class="popup" onKeyDown={onKeyDown}>
      <header>
        <h1>原文速查 ClauseLens</h1>
        <div class="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={view === 'search'} onClick={() => setView('search')}>
            {lang === 'zh' ? '搜索' : 'Search'}
          </button>
          <button type="button" role="tab" aria-selected={view === 'page'} onClick={() => setView('page')}>
            {lang === 'zh' ? '本页引语' : 'On this page'}
          </button>
        </div>
      </header>
      {view === 'search' ? (
        <section class="search-view">
          <div class="controls">
            <input
              ref={field}
              type="search"
              aria-autocomplete="list"
              aria-label={t('searchInPopup', lang)}
              aria-controls="results"
              aria-activedescendant={flat[active] ? `result-${flat[active].clause.id}` : undefined}
              placeholder={lang === 'zh' ? '搜索条款，如：外空、核战争' : 'Search the clauses, e.g. 外空'}
              value={query}
              onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
            />
            <select
              aria-label={lang === 'zh' ? '按文件筛选' : 'Filter by document'}
              value={docFilter}
              onChange={(e) => setDocFilter((e.target as HTMLSelectElement).value)}
            >
              <option value="">{lang === 'zh' ? '全部文件' : 'All documents'}</option>
              {documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {lang === 'zh' ? d.shortTitle.zh : d.shortTitle.en}
                </option>
              ))}
            </select>
          </div>
          <div id="results" role="listbox" aria-label={lang === 'zh' ? '搜索结果' : 'Results'}>
            {groups.map(({ document: doc, hits: list }) => (
              <div class="group" key={doc?.id ?? 'unknown'}>
                <h2>{doc ? (lang === 'zh' ? doc.shortTitle.zh : doc.shortTitle.en) : ''}</h2>
                {list.map((hit) => {
                  const index = flat.indexOf(hit);
                  return (
                    <ResultItem
                      key={hit.clause.id}
                      hit={hit}
                      document={doc}
                      lang={lang}
                      active={index === active}
                      expanded={expanded === hit.clause.id}
                      onSelect={() => {
                        setActive(index);
                        setExpanded(expanded === hit.clause.id ? null : hit.clause.id);
                      }}
                    />
                  );
                })}
              </div>
            ))}
          </div>
          {query.trim() && hits.length === 0 && <p class="empty">{lang === 'zh' ? '没有匹配的条款。' : 'No clause matches.'}</p>}
          <footer>
            {documents.length} {lang === 'zh' ? '份文件' : 'documents'} · {loaded.index.clauses.length}{' '}
            {lang === 'zh' ? '条' : 'clauses'} ·{' '}
            <button type="button" class="link" onClick={lookupSelection}>
              {lang === 'zh' ? '查找页面上选中文字的出处' : 'Find the source of the selected text'}
            </button>
            {site && <SiteSwitch {...site} lang={lang} />}
          </footer>
        </section>
      ) : (
        <PageQuotes loaded={loaded} lang={lang} load={loadPageQuotes} reveal={revealQuote} />
      )}
    </main>
  );
}

function ResultItem(props: {
  hit: SearchHit;
  document: DocumentRecord | undefined;
  lang: Lang;
  active: boolean;
  expanded: boolean;
  onSelect(): void;
}) {
  const { hit, document: doc, lang, active, expanded, onSelect } = props;
  const clause: Clause = hit.clause;
  return (
    <div
      id={`result-${clause.id}`}
      class={`result${active ? ' active' : ''}${expanded ? ' expanded' : ''}`}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      data-clause-id={clause.id}
      data-hit-kind={hit.kind}
    >
      <button type="button" class="result-head" onClick={onSelect}>
        <span class="label">{clause.label}</span>
        <ResultText hit={hit} expanded={expanded} lang={lang} />
      </button>
      {expanded && doc && <ClauseActions clause={clause} document={doc} lang={lang} />}
    </div>
  );
}

function PageQuotes(props: {
  loaded: LoadedIndex;
  lang: Lang;
  load(): Promise<PageQuoteSummary[] | null>;
  reveal(id: number): void;
}) {
  const { loaded, lang, load, reveal } = props;
  const [quotes, setQuotes] = useState<PageQuoteSummary[] | null | undefined>(undefined);
  useEffect(() => {
    void load().then(setQuotes);
  }, [load]);
  if (quotes === undefined) return <p class="empty">…</p>;
  if (quotes === null)
    return (
      <p class="empty">
        {lang === 'zh' ? 'ClauseLens 未在此页运行。' : 'ClauseLens is not running on this page.'}
      </p>
    );
  if (quotes.length === 0)
    return <p class="empty">{lang === 'zh' ? '此页没有找到出自这些文件的引语。' : 'No quote from the documents on this page.'}</p>;
  return (
    <ol class="page-quotes">
      {quotes.map((q) => {
        const doc = loaded.documentsById.get(q.docId);
        return (
          <li key={q.id} data-clause-id={q.clauseId}>
            <button type="button" class="result-head" onClick={() => reveal(q.id)}>
              <span class="quote">“{q.quote}”</span>
              <span class="where">
                {doc ? (lang === 'zh' ? doc.shortTitle.zh : doc.shortTitle.en) : q.docId} · {q.label} ·{' '}
                {q.score >= 0.9999 ? t('exact', lang) : `${t('close', lang)} ${q.score.toFixed(2)}`}
              </span>
              <span class={`verdict ${q.verdict}`} data-verdict={q.verdict}>
                {q.verdict === 'altered' ? '⚠ ' : ''}
                {t(`verdict_${q.verdict}` as StringKey, lang)}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
