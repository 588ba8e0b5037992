import { autoUpdate, computePosition, flip, hide, inline, offset, shift, size } from '@floating-ui/dom';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Card, type CardModel, type CopyKind, type CopyState, NoSourceCard } from '../../components/Card';
import type { Lang } from '../../components/i18n';

/** What the layer shows: a card for a quote, a "no source" card, or nothing. */
export type CardView =
  | { kind: 'match'; model: CardModel; anchor: Range; focus: boolean }
  | { kind: 'none-found'; text: string; anchor: Range; focus: boolean };

export interface CardActions {
  copy(model: CardModel, kind: CopyKind): Promise<boolean>;
  openDocument(model: CardModel): void;
  searchFor(text: string): void;
  pickCandidate(clauseId: string): void;
  close(reason: 'button' | 'escape' | 'scrolled-away'): void;
  pointerInside(inside: boolean): void;
}

/** A tiny observable the content script writes and the layer reads. */
export class CardStore {
  private view: CardView | undefined;
  private lang: Lang = 'zh';
  private dark = false;
  private readonly listeners = new Set<() => void>();

  get current() {
    return { view: this.view, lang: this.lang, dark: this.dark };
  }

  show(view: CardView | undefined): void {
    this.view = view;
    this.emit();
  }

  setAppearance(lang: Lang, dark: boolean): void {
    this.lang = lang;
    this.dark = dark;
    this.emit();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}

/** A reference for floating-ui that follows the quote's text, across lines. */
function rangeReference(range: Range) {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement:
      range.startContainer.nodeType === 1
        ? (range.startContainer as Element)
        : (range.startContainer.parentElement ?? undefined),
  };
}

function usePlacement(anchor: Range | undefined, card: HTMLElement | null, onHidden: () => void) {
  useLayoutEffect(() => {
    if (!anchor || !card) return;
    const reference = rangeReference(anchor);
    const update = async () => {
      const { x, y, middlewareData } = await computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(8),
          // Flip to the other side before shifting: the card never covers the quote.
          flip({ fallbackPlacements: ['top-start', 'bottom-end', 'top-end', 'right-start', 'left-start'] }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              card.style.maxHeight = `${Math.max(120, Math.min(availableHeight, 520))}px`;
            },
          }),
          hide(),
        ],
      });
      card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      if (middlewareData.hide?.referenceHidden) onHidden();
    };
    return autoUpdate(reference, card, () => void update(), { animationFrame: false });
  }, [anchor, card]);
}

export function CardLayer({ store, actions }: { store: CardStore; actions: CardActions }) {
  const [state, setState] = useState(store.current);
  const [copyState, setCopyState] = useState<CopyState>(undefined);
  const cardRef = useRef<HTMLDivElement>(null);
  const [cardElement, setCardElement] = useState<HTMLElement | null>(null);

  useEffect(() => store.subscribe(() => setState(store.current)), [store]);
  useEffect(() => setCopyState(undefined), [state.view]);

  const view = state.view;
  useLayoutEffect(() => {
    setCardElement((cardRef.current?.firstElementChild as HTMLElement | null) ?? null);
  });
  usePlacement(view?.anchor, cardElement, () => actions.close('scrolled-away'));

  useEffect(() => {
    if (view?.focus && cardElement) cardElement.focus({ preventScroll: true });
  }, [view, cardElement]);

  // The wrapper tracks the pointer (so the card stays open while it is over it) and
  // Esc from anywhere inside the card.
  useEffect(() => {
    const wrapper = cardRef.current;
    if (!wrapper) return;
    const enter = () => actions.pointerInside(true);
    const leave = () => actions.pointerInside(false);
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        actions.close('escape');
      }
    };
    wrapper.addEventListener('pointerenter', enter);
    wrapper.addEventListener('pointerleave', leave);
    wrapper.addEventListener('keydown', key);
    return () => {
      wrapper.removeEventListener('pointerenter', enter);
      wrapper.removeEventListener('pointerleave', leave);
      wrapper.removeEventListener('keydown', key);
    };
  }, [view !== undefined, actions]);

  return (
    <div class={state.dark ? 'clauselens-layer dark' : 'clauselens-layer'} data-clauselens-ready="true">
      {view && (
        <div ref={cardRef}>
          {view.kind === 'match' ? (
            <Card
              model={view.model}
              lang={state.lang}
              copyState={copyState}
              onCopy={(kind: CopyKind) => {
                void actions.copy(view.model, kind).then((ok) => setCopyState({ kind, ok }));
              }}
              onOpenDocument={() => actions.openDocument(view.model)}
              onPickCandidate={(id) => actions.pickCandidate(id)}
              onClose={() => actions.close('button')}
            />
          ) : (
            <NoSourceCard
              text={view.text}
              lang={state.lang}
              onClose={() => actions.close('button')}
              onSearch={() => actions.searchFor(view.text)}
            />
          )}
        </div>
      )}
    </div>
  );
}
