import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { inLang, type Lang, quoted, type StringKey, t } from '../../components/i18n';
import { tp } from '../../components/page-i18n';
import type { LoadedIndex } from '../../lib/clauselens';
import { clauseLabel } from '../../lib/cite/clause-label';
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
            {tp('tab_search', lang)}
          </button>
          <button type="button" role="tab" aria-selected={view === 'page'} onClick={() => setView('page')}>
            {tp('tab_page', lang)}
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
              placeholder={tp('searchPlaceholder', lang)}
              value={query}
              onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
            />
            <select
              aria-label={tp('filterByDocument', lang)}
              value={docFilter}
              onChange={(e) => setDocFilter((e.target as HTMLSelectElement).value)}
            >
              <option value="">{tp('allDocuments', lang)}</option>
              {documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {inLang(d.shortTitle, lang)}
                </option>
              ))}
            </select>
          </div>
          <div id="results" role="listbox" aria-label={tp('results', lang)}>
            {groups.map(({ document: doc, hits: list }) => (
              <div class="group" key={doc?.id ?? 'unknown'}>
                <h2>{doc ? inLang(doc.shortTitle, lang) : ''}</h2>
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
          {query.trim() && hits.length === 0 && <p class="empty">{tp('noResults', lang)}</p>}
          <footer>
            {tp('documentCount', lang, { n: documents.length })} ·{' '}
            {tp('clauseCount', lang, { n: loaded.index.clauses.length })} ·{' '}
            <button type="button" class="link" onClick={lookupSelection}>
              {tp('findSelection', lang)}
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
        <span class="label">{clauseLabel(clause, lang)}</span>
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
      <p class="empty">{tp('notRunningHere', lang)}</p>
    );
  if (quotes.length === 0)
    return <p class="empty">{tp('noPageQuotes', lang)}</p>;
  return (
    <ol class="page-quotes">
      {quotes.map((q) => {
        const doc = loaded.documentsById.get(q.docId);
        const clause = loaded.clausesById.get(q.clauseId);
        return (
          <li key={q.id} data-clause-id={q.clauseId}>
            <button type="button" class="result-head" onClick={() => reveal(q.id)}>
              <span class="quote">{quoted(q.quote, lang)}</span>
              <span class="where">
                {doc ? inLang(doc.shortTitle, lang) : q.docId} · {clause ? clauseLabel(clause, lang) : q.label} ·{' '}
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
