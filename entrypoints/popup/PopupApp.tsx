import Fuse from 'fuse.js';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Clause, ClauseIndex } from '../../lib/index/types';

interface Props {
  index: ClauseIndex;
}

const MAX_RESULTS = 30;

export function PopupApp({ index }: Props) {
  const [query, setQuery] = useState('');
  const field = useRef<HTMLInputElement>(null);
  // The popup exists to search: the field has focus as soon as it opens.
  useEffect(() => field.current?.focus(), []);
  const fuse = useMemo(
    () => new Fuse(index.clauses, { keys: ['text', 'label'], ignoreLocation: true, threshold: 0.3 }),
    [index],
  );
  const results: Clause[] = query.trim()
    ? fuse.search(query.trim(), { limit: MAX_RESULTS }).map((r) => r.item)
    : [];
  const docTitle = (docId: string) =>
    index.documents.find((d) => d.id === docId)?.shortTitle.zh ?? docId;

  return (
    <main class="popup">
      <header>
        <h1>原文速查 ClauseLens</h1>
      </header>
      <input
        type="search"
        ref={field}
        aria-label="搜索条款 Search the clauses"
        placeholder="搜索条款 · Search the clauses"
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      <ol class="results">
        {results.map((c) => (
          <li key={c.id} data-clause-id={c.id}>
            <span class="doc">{docTitle(c.docId)}</span> <span class="label">{c.label}</span>
            <p>{c.text}</p>
          </li>
        ))}
      </ol>
      {query.trim() && results.length === 0 && <p class="empty">没有匹配的条款 · No clause matches</p>}
      <footer>
        {index.documents.length} documents · {index.clauses.length} clauses
      </footer>
    </main>
  );
}
