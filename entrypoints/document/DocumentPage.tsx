import { useEffect, useMemo, useState } from 'preact/hooks';
import { ClauseActions, CitationStyleSelect } from '../../components/ClauseActions';
import { HighlightedText } from '../../components/HighlightedText';
import type { Lang } from '../../components/i18n';
import type { LoadedIndex } from '../../lib/clauselens';
import { flagWords } from '../../lib/index/flag-words';
import type { ClauseSearch } from '../../lib/search/clause-search';
import { type CitationStyle, citationStyle } from '../../utils/settings';

interface Props {
  loaded: LoadedIndex;
  search: ClauseSearch;
  lang: Lang;
}

interface Location {
  docId: string | undefined;
  target: string;
  query: string;
}

/** Which document to show: the one holding the clause in the hash, else `?doc=`, else the first. */
function readLocation(loaded: LoadedIndex, search: ClauseSearch): Location {
  const target = decodeURIComponent(location.hash.replace(/^#/, ''));
  const params = new URLSearchParams(location.search);
  const query = params.get('q') ?? '';
  const byClause = loaded.clausesById.get(target)?.docId;
  // A search with no document named opens the document of the best hit.
  const byQuery = query ? search.search(query, { limit: 1 })[0]?.clause.docId : undefined;
  return {
    docId: byClause ?? params.get('doc') ?? byQuery ?? loaded.index.documents[0]?.id,
    target,
    query,
  };
}

export function DocumentPage({ loaded, search, lang }: Props) {
  const [where, setWhere] = useState(() => readLocation(loaded, search));
  const [query, setQuery] = useState(where.query);
  const [style, setStyle] = useState<CitationStyle>('gbt7714');
  useEffect(() => {
    void citationStyle.getValue().then(setStyle);
    return citationStyle.watch(setStyle);
  }, []);

  useEffect(() => {
    const onHash = () => setWhere(readLocation(loaded, search));
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
  const zh = lang === 'zh';

  return (
    <div class="page document-page">
      <nav aria-label={zh ? '文件' : 'Documents'}>
        <ul>
          {loaded.index.documents.map((d) => (
            <li key={d.id}>
              <a href={`?doc=${encodeURIComponent(d.id)}`} aria-current={d.id === where.docId ? 'page' : undefined}>
                {zh ? d.shortTitle.zh : d.shortTitle.en}
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
            {doc.date} · {zh ? doc.place.zh : doc.place.en} · {zh ? doc.publisher.zh : doc.publisher.en}
            {doc.type === 'news-report' ? (zh ? ' · 新闻报道' : ' · news report') : ''}
          </p>
          {doc.incomplete && <p class="flag">⚠ {flagWords('incomplete-document', lang)}</p>}
          {(doc.sourceNotes?.length ?? 0) > 0 && (
            <details class="source-notes">
              <summary>{zh ? '来源说明' : 'About the source'}</summary>
              <ul>
                {doc.sourceNotes?.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </details>
          )}
          <div class="doc-search">
            <input
              type="search"
              aria-label={zh ? '在本文件中搜索' : 'Search in this document'}
              placeholder={zh ? '在本文件中搜索' : 'Search in this document'}
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
                {zh ? `${hits.length} 条匹配` : `${hits.length} matching clauses`}
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
                  <a href={`#${c.id}`}>{c.label}</a>
                </h2>
                <p>{hit ? <HighlightedText text={c.text} spans={hit.highlights} /> : c.text}</p>
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
        <p>{zh ? '没有这份文件。' : 'No such document.'}</p>
      )}
    </div>
  );
}
