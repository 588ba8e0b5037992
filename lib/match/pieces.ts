import type { NormalizedText, Normalizer } from '../text/normalize';

/** A stretch of a quote between ellipses, in raw quote offsets and matching form. */
export interface QuotePiece {
  rawStart: number;
  rawEnd: number;
  form: NormalizedText;
}

// …… (Chinese), … and ... (Latin), 。。。 and ．．． typed by hand, ⋯ (Taiwan
// fonts), optionally in brackets: "[...]" "（……）".
const ELLIPSIS = /[[(（【]?\s*(?:[…⋯]+|\.{3,}|(?:\. ){2,}\.|。{3,}|．{3,}|[·・]{3,})\s*[\])）】]?/gu;

/**
 * The pieces of a quote shortened with ellipses. Pieces whose matching form is
 * shorter than two characters carry no evidence of where they come from and are
 * left out.
 */
export function splitPieces(quote: string, normalizer: Normalizer): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  let from = 0;
  const add = (to: number) => {
    const form = normalizer.normalize(quote.slice(from, to));
    if (form.text.length >= 2) pieces.push({ rawStart: from, rawEnd: to, form: shift(form, from) });
  };
  for (const ellipsis of quote.matchAll(ELLIPSIS)) {
    add(ellipsis.index);
    from = ellipsis.index + ellipsis[0].length;
  }
  add(quote.length);
  return pieces;
}

function shift(form: NormalizedText, by: number): NormalizedText {
  if (by === 0) return form;
  return {
    text: form.text,
    starts: form.starts.map((offset) => offset + by),
    ends: form.ends.map((offset) => offset + by),
  };
}
