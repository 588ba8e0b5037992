import { useState } from 'preact/hooks';
import type { CrossCardView, Fidelity, TextSegment } from '../lib/clauselens';
import { clauseLabel } from '../lib/cite/clause-label';
import { FidelityView } from './FidelityView';
import type { Clause, DocumentRecord } from '../lib/index/types';
import { flagWords, inLang, type Lang, quoted, t } from './i18n';

export interface CardCandidate {
  clause: Clause;
  document: DocumentRecord;
  score: number;
}

export interface CardModel {
  quote: string;
  clause: Clause;
  document: DocumentRecord;
  /** The quoted part, as offsets in the clause text. */
  matchStart: number;
  matchEnd: number;
  score: number;
  /** Other clauses that fit as well, best first. */
  others: CardCandidate[];
  previous?: Clause;
  next?: Clause;
  /** For a quote matched through a rendering (English, Russian): which one. */
  rendering?: { lang: 'en' | 'ru' };
  /** The rendering with the matched words marked, and the Chinese below it. */
  cross?: CrossCardView;
  /** How faithfully the article quotes the clause. */
  fidelity?: Fidelity;
  /** A reader's look-up that found no source with confidence: this is only the closest clause. */
  distant?: boolean;
}

export type CopyKind = 'citation' | 'clause';
export type CopyState = { kind: CopyKind; ok: boolean } | undefined;

export interface CardProps {
  model: CardModel;
  lang: Lang;
  copyState?: CopyState;
  onCopy(kind: CopyKind): void;
  onOpenDocument(): void;
  onPickCandidate(clauseId: string): void;
  onClose(): void;
}

/** Scores at or above this are exact after normalisation (punctuation, width, script). */
const EXACT_SCORE = 0.9999;

function ClauseText({ text, start, end }: { text: string; start: number; end: number }) {
  if (end <= start) return <p class="clause-text">{text}</p>;
  return (
    <p class="clause-text">
      {text.slice(0, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end)}
    </p>
  );
}

function Segments({ segments, class: className, lang }: { segments: TextSegment[]; class: string; lang?: string }) {
  return (
    <p class={className} lang={lang}>
      {segments.map((segment, i) =>
        segment.marked ? (
          <mark key={i} class={segment.term ? 'term' : undefined}>
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </p>
  );
}

function Neighbour({ clause, which, lang }: { clause: Clause; which: 'previous' | 'next'; lang: Lang }) {
  const [open, setOpen] = useState(false);
  return (
    <div class={`neighbour ${which}`}>
      <button
        type="button"
        class="link"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {which === 'previous' ? '↑ ' : '↓ '}
        {t(which, lang)} · {clauseLabel(clause, lang)}
      </button>
      {open && <p class="neighbour-text">{clause.text}</p>}
    </div>
  );
}

export function Card({ model, lang, copyState, onCopy, onOpenDocument, onPickCandidate, onClose }: CardProps) {
  const { clause, document: doc } = model;
  const cross = model.cross;
  const exact = !cross && model.score >= EXACT_SCORE;
  const title = inLang(doc.shortTitle, lang);
  const place = inLang(doc.place, lang);
  const flags = clause.flags.filter((f, i, all) => all.findIndex((g) => g.kind === f.kind) === i);
  const labelId = `clauselens-card-title-${clause.id}`;
  const copyMessage = (kind: CopyKind) =>
    copyState?.kind === kind ? (copyState.ok ? ` ✓ ${t('copied', lang)}` : ` ✗ ${t('copyFailed', lang)}`) : '';

  return (
    <div
      class="card"
      role="dialog"
      aria-labelledby={labelId}
      data-clause-id={clause.id}
      data-doc-id={doc.id}
      tabIndex={-1}
    >
      <header>
        <div class="title" id={labelId}>
          <span class="doc-title">{title}</span>
          <span class="label">{clauseLabel(clause, lang)}</span>
        </div>
        <button type="button" class="close-button" aria-label={t('close_card', lang)} onClick={onClose}>
          ×
        </button>
      </header>
      {model.distant && (
        <p class="distant" role="note">
          {t(cross ? 'distantMatchCross' : 'distantMatch', lang)}
        </p>
      )}
      <p class="meta">
        {doc.date} · {place} ·{' '}
        <span class={exact ? 'badge exact' : 'badge near'}>
          {cross ? t('crossLanguage', lang) : exact ? t('exact', lang) : t('close', lang)}
        </span>{' '}
        <span class="score">
          {t('score', lang)} {model.score.toFixed(2)}
        </span>
      </p>
      {model.previous && <Neighbour clause={model.previous} which="previous" lang={lang} />}
      {cross ? (
        <div class="cross">
          <p class="unofficial">{t('unofficialTranslation', lang)}</p>
          <Segments segments={cross.rendering} class="rendering" lang={cross.lang} />
          <p class="original-label">{t('chineseOriginal', lang)}</p>
          <Segments segments={cross.original} class="clause-text original" lang="zh-CN" />
        </div>
      ) : (
        <ClauseText text={clause.text} start={model.matchStart} end={model.matchEnd} />
      )}
      {model.next && <Neighbour clause={model.next} which="next" lang={lang} />}
      {model.fidelity && <FidelityView quote={model.quote} fidelity={model.fidelity} lang={lang} />}
      {flags.length > 0 && (
        <ul class="flags">
          {flags.map((f) => (
            <li key={f.kind} data-flag={f.kind}>
              ⚠ {flagWords(f.kind, lang)}
            </li>
          ))}
        </ul>
      )}
      {model.others.length > 0 && (
        <div class="others">
          <p class="others-title">{t('otherCandidates', lang)}</p>
          <ul>
            {model.others.map((o) => (
              <li key={o.clause.id}>
                <button type="button" class="link" onClick={() => onPickCandidate(o.clause.id)}>
                  {inLang(o.document.shortTitle, lang)} · {clauseLabel(o.clause, lang)} (
                  {o.score.toFixed(2)})
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <footer>
        <button type="button" data-action="copy-citation" onClick={() => onCopy('citation')}>
          {t('copyCitation', lang)}
          {copyMessage('citation')}
        </button>
        <button type="button" data-action="copy-clause" onClick={() => onCopy('clause')}>
          {t('copyClause', lang)}
          {copyMessage('clause')}
        </button>
        <button type="button" data-action="open-document" onClick={onOpenDocument}>
          {t('openDocument', lang)}
        </button>
      </footer>
    </div>
  );
}

export function NoSourceCard({
  text,
  lang,
  onClose,
  onSearch,
}: {
  text: string;
  lang: Lang;
  onClose(): void;
  /** Opens a search of the clauses for the text, for a reader who wants to look further. */
  onSearch(): void;
}) {
  return (
    <div class="card no-source" role="dialog" aria-label={t('noSource', lang)} tabIndex={-1}>
      <header>
        <div class="title">
          <span class="doc-title">{t('noSource', lang)}</span>
        </div>
        <button type="button" class="close-button" aria-label={t('close_card', lang)} onClick={onClose}>
          ×
        </button>
      </header>
      <p class="quote">{quoted(text.length > 80 ? `${text.slice(0, 80)}…` : text, lang)}</p>
      <p class="meta">{t('noSourceHint', lang)}</p>
      <footer>
        <button type="button" data-action="search" onClick={onSearch}>
          {t('searchInPopup', lang)}
        </button>
      </footer>
    </div>
  );
}
