import { useEffect, useState } from 'preact/hooks';
import { flagWords } from '../../lib/index/flag-words';
import type { ClauseIndex } from '../../lib/index/types';

interface Props {
  index: ClauseIndex;
}

/** Which document to show: the one holding the clause in the hash, else `?doc=`, else the first. */
function chooseDocument(index: ClauseIndex, hash: string, search: string): string | undefined {
  const clauseId = decodeURIComponent(hash.replace(/^#/, ''));
  const byClause = index.clauses.find((c) => c.id === clauseId)?.docId;
  const byParam = new URLSearchParams(search).get('doc') ?? undefined;
  return byClause ?? byParam ?? index.documents[0]?.id;
}

export function DocumentPage({ index }: Props) {
  const [docId, setDocId] = useState(() =>
    chooseDocument(index, location.hash, location.search),
  );
  const [target, setTarget] = useState(() => decodeURIComponent(location.hash.slice(1)));

  useEffect(() => {
    const onHash = () => {
      setDocId(chooseDocument(index, location.hash, location.search));
      setTarget(decodeURIComponent(location.hash.slice(1)));
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [index]);

  useEffect(() => {
    if (target) document.getElementById(target)?.scrollIntoView({ block: 'center' });
  }, [target, docId]);

  const doc = index.documents.find((d) => d.id === docId);
  const clauses = index.clauses.filter((c) => c.docId === docId);

  return (
    <div class="page document-page">
      <nav aria-label="文件 Documents">
        <ul>
          {index.documents.map((d) => (
            <li key={d.id}>
              <a href={`?doc=${encodeURIComponent(d.id)}`} aria-current={d.id === docId ? 'page' : undefined}>
                {d.shortTitle.zh} · {d.shortTitle.en}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {doc && (
        <article data-doc-id={doc.id}>
          <h1>{doc.title}</h1>
          <p class="meta">
            {doc.titleEn} — {doc.date}, {doc.place.zh} {doc.place.en} · {doc.publisher.zh}
          </p>
          {doc.incomplete && <p class="flag">{`⚠ ${flagWords('incomplete-document', 'zh')} · ${flagWords('incomplete-document', 'en')}`}</p>}
          {clauses.map((c) => (
            <section key={c.id} id={c.id} class={c.id === target ? 'clause target' : 'clause'} data-clause-id={c.id}>
              <h2 class="label">
                <a href={`#${c.id}`}>{c.label}</a>
              </h2>
              <p>{c.text}</p>
              {c.flags.map((f) => (
                <p key={f.kind} class="flag" data-flag={f.kind}>
                  ⚠ {flagWords(f.kind, 'zh')} · {flagWords(f.kind, 'en')}
                </p>
              ))}
            </section>
          ))}
        </article>
      )}
    </div>
  );
}
