import { useEffect, useMemo, useState } from 'preact/hooks';
import { ClauseActions, CitationStyleSelect } from '../../components/ClauseActions';
import { flagWords, inLang, type Lang } from '../../components/i18n';
import { tp } from '../../components/page-i18n';
import type { LoadedIndex } from '../../lib/clauselens';
import { clauseLabel } from '../../lib/cite/clause-label';
import { documentHash, parseDocumentHash, type RenderingSetting, type ShownRendering, shownRendering } from '../../lib/document-view';
import type { ClauseSearch } from '../../lib/search/clause-search';
import { type CitationStyle, citationStyle, documentRendering } from '../../utils/settings';
import { ClauseText } from './ClauseText';
import { RenderingSwitch } from './RenderingSwitch';

interface Props {
  loaded: LoadedIndex;
  search: ClauseSearch;
  lang: Lang;
  /** The reader's stored choice of rendering (an address may ask for another). */
  storedRendering?: RenderingSetting;
}

interface Location {
  docId: string | undefined;
  target: string;
  query: string;
  /** The rendering the address asks for (`#<clause-id>?lang=en`). */
  rendering?: ShownRendering;
}

/** Which document to show: the one holding the clause in the hash, else `?doc=`, else the first. */
function readLocation(loaded: LoadedIndex, search: ClauseSearch): Location {
  const anchor = parseDocumentHash(location.hash);
  const target = anchor.clauseId;
  const params = new URLSearchParams(location.search);
  const query = params.get('q') ?? '';
  const byClause = loaded.clausesById.get(target)?.docId;
  // A search with no document named opens the document of the best hit.
  const byQuery = query ? search.search(query, { limit: 1 })[0]?.clause.docId : undefined;
  return {
    docId: byClause ?? params.get('doc') ?? byQuery ?? loaded.index.documents[0]?.id,
    target,
    query,
    ...(anchor.rendering ? { rendering: anchor.rendering } : {}),
  };
}

export function DocumentPage({ loaded, search, lang, storedRendering = 'auto' }: Props) {
  const [where, setWhere] = useState(() => readLocation(loaded, search));
  const [query, setQuery] = useState(where.query);
  const [style, setStyle] = useState<CitationStyle>('gbt7714');
  const [rendering, setRendering] = useState<ShownRendering>(
    () => where.rendering ?? shownRendering(storedRendering, lang),
  );
  const chooseRendering = (next: ShownRendering) => {
    setRendering(next);
    void documentRendering.setValue(next);
    // An address that names a rendering follows the choice, so that it reopens as shown.
    if (parseDocumentHash(location.hash).rendering) history.replaceState(null, '', documentHash(where.target, next));
  };
  useEffect(() => {
    void citationStyle.getValue().then(setStyle);
    return citationStyle.watch(setStyle);
  }, []);

  useEffect(() => {
    const onHash = () => {
      const next = readLocation(loaded, search);
      setWhere(next);
      if (next.rendering) setRendering(next.rendering);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [loaded, search]);

  useEffect(() => {
    if (where.target) document.getElementById(where.target)?.scrollIntoView({ block: 'center' });
  }, [where]);

  const doc = loaded.index.documents.find((d) => d.id === where.docId);
  const clauses = loaded.index.clauses.filter((c) => c.docId === where.docId);
  const hits = useMemo(
    () => (query.trim() ? search.search(query, { docId: where.docId, limit: 1000 }) : []),
    [query, where.docId, search],
  );
  const hitsById = new Map(hits.map((h) => [h.clause.id, h]));

  return (
    <div class={`page document-page${rendering === 'none' ? '' : ' with-renderings'}`}>
      <nav aria-label={tp('doc_documents', lang)}>
        <ul>
          {loaded.index.documents.map((d) => (
            <li key={d.id}>
              <a href={`?doc=${encodeURIComponent(d.id)}`} aria-current={d.id === where.docId ? 'page' : undefined}>
                {inLang(d.shortTitle, lang)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {doc ? (
        <article data-doc-id={doc.id}>
          <h1>{doc.title}</h1>
          <p class="meta">
            {doc.titleEn}
            <br />
            {doc.date} · {inLang(doc.place, lang)} · {inLang(doc.publisher, lang)}
            {doc.type === 'news-report' ? ` · ${tp('doc_newsReport', lang)}` : ''}
          </p>
          {doc.incomplete && <p class="flag">⚠ {flagWords('incomplete-document', lang)}</p>}
          {(doc.sourceNotes?.length ?? 0) > 0 && (
            <details class="source-notes">
              <summary>{tp('doc_aboutSource', lang)}</summary>
              <ul>
                {doc.sourceNotes?.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </details>
          )}
          <RenderingSwitch lang={lang} value={rendering} onChange={chooseRendering} />
          <div class="doc-search">
            <input
              type="search"
              aria-label={tp('doc_searchIn', lang)}
              placeholder={tp('doc_searchIn', lang)}
              value={query}
              onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
            />
            <CitationStyleSelect
              lang={lang}
              value={style}
              onChange={(next) => {
                setStyle(next);
                void citationStyle.setValue(next);
              }}
            />
            {query.trim() && (
              <span class="count" role="status">
                {tp('doc_matching', lang, { n: hits.length })}
              </span>
            )}
          </div>
          {clauses.map((c) => {
            const hit = hitsById.get(c.id);
            const dimmed = query.trim() !== '' && !hit;
            const kinds = [...new Set(c.flags.map((f) => f.kind))].filter((k) => k !== 'incomplete-document');
            return (
              <section
                key={c.id}
                id={c.id}
                class={`clause${c.id === where.target ? ' target' : ''}${dimmed ? ' dimmed' : ''}`}
                data-clause-id={c.id}
              >
                <h2 class="label">
                  <a href={documentHash(c.id, rendering === 'none' ? undefined : rendering)}>{clauseLabel(c, lang)}</a>
                </h2>
                <ClauseText clause={c} hit={hit} rendering={rendering} lang={lang} />
                {kinds.map((kind) => (
                  <p key={kind} class="flag" data-flag={kind}>
                    ⚠ {flagWords(kind, lang)}
                  </p>
                ))}
                <ClauseActions clause={c} document={doc} lang={lang} chooseStyle={false} linkToDocument={false} />
              </section>
            );
          })}
        </article>
      ) : (
        <p>{tp('doc_none', lang)}</p>
      )}
    </div>
  );
}
