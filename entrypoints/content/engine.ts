import type { CardCandidate, CardModel } from '../../components/Card';
import {
  type AnnotatedMatch,
  annotateText,
  closestClause,
  crossCardView,
  type LoadedIndex,
  matchQuote,
  quoteFidelity,
} from '../../lib/clauselens';
import type { Clause } from '../../lib/index/types';

export type PageMatch = AnnotatedMatch;

/** The matching engine as the page sees it: annotate text, build card models. */
export interface PageEngine {
  annotate(text: string): PageMatch[];
  /** Text that says what the page is about (its title): short quotes need it. */
  setPageContext(text: string): void;
  lookup(text: string): CardModel | undefined;
  cardModel(match: PageMatch): CardModel | undefined;
  cardModelForClause(current: CardModel, clauseId: string): CardModel | undefined;
}

export function createPageEngine(loaded: LoadedIndex): PageEngine {
  const { clausesById, documentsById, index } = loaded;
  const positions = new Map(index.clauses.map((c, i) => [c.id, i]));
  let pageContext = '';

  const neighbour = (clause: Clause, step: number): Clause | undefined => {
    const at = positions.get(clause.id);
    if (at === undefined) return undefined;
    const other = index.clauses[at + step];
    return other && other.docId === clause.docId ? other : undefined;
  };

  const build = (
    quote: string,
    clauseId: string,
    start: number,
    end: number,
    score: number,
    candidates: ReadonlyArray<{ clauseId: string; score: number }>,
  ): CardModel | undefined => {
    const clause = clausesById.get(clauseId);
    const document = clause && documentsById.get(clause.docId);
    if (!clause || !document) return undefined;
    const others: CardCandidate[] = [];
    for (const c of candidates) {
      if (c.clauseId === clauseId) continue;
      const otherClause = clausesById.get(c.clauseId);
      const otherDoc = otherClause && documentsById.get(otherClause.docId);
      if (otherClause && otherDoc) others.push({ clause: otherClause, document: otherDoc, score: c.score });
    }
    return {
      quote,
      clause,
      document,
      matchStart: start,
      matchEnd: end,
      score,
      others,
      previous: neighbour(clause, -1),
      next: neighbour(clause, 1),
    };
  };

  return {
    annotate(text) {
      return annotateText(loaded, text, { pageContext }).matches;
    },
    setPageContext(text) {
      pageContext = text.replace(/\s+/g, ' ').trim().slice(0, 2000);
    },
    lookup(text) {
      // A reader's own look-up: when no clause is accepted, the closest one, labelled distant.
      const accepted = matchQuote(loaded, text, { page: pageContext });
      const match = accepted ?? closestClause(loaded, text, { page: pageContext })?.match;
      if (!match) return undefined;
      const model = build(text, match.clauseId, match.start, match.end, match.score, match.candidates);
      if (!model) return undefined;
      if (!accepted) model.distant = true;
      model.fidelity = quoteFidelity(loaded, { ...match, quote: text });
      if (match.method === 'cross-language' && match.rendering) {
        model.rendering = { lang: match.rendering.lang };
        model.cross = crossCardView(model.clause, match.rendering) ?? undefined;
      }
      return model;
    },
    cardModel(match) {
      // The span the quote really covers (an ellipsis quote's pieces, a run-on), when known.
      const spans = match.fidelity?.spans.filter((span) => span.clauseId === match.clauseId) ?? [];
      const start = spans.length > 0 ? Math.min(...spans.map((span) => span.start)) : match.clauseStart;
      const end = spans.length > 0 ? Math.max(...spans.map((span) => span.end)) : match.clauseEnd;
      const model = build(match.quote, match.clauseId, start, end, match.score, match.candidates);
      if (!model) return undefined;
      model.fidelity = match.fidelity;
      if (match.method === 'cross-language' && match.rendering) {
        model.rendering = { lang: match.rendering.lang };
        model.cross = crossCardView(model.clause, match.rendering) ?? undefined;
      }
      return model;
    },
    cardModelForClause(current, clauseId) {
      const all = [
        { clauseId: current.clause.id, score: current.score, start: current.matchStart, end: current.matchEnd },
        ...current.others.map((o) => ({ clauseId: o.clause.id, score: o.score, start: -1, end: -1 })),
      ];
      const picked = all.find((c) => c.clauseId === clauseId);
      if (!picked) return undefined;
      const candidate = matchQuote(loaded, current.quote, { page: pageContext })?.candidates.find((c) => c.clauseId === clauseId);
      return build(
        current.quote,
        clauseId,
        candidate?.start ?? picked.start,
        candidate?.end ?? picked.end,
        picked.score,
        all,
      );
    },
  };
}
