/**
 * Links that scroll the official page to the clause, per the URL Fragment
 * Text Directives spec (`#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`).
 */

/**
 * A text-directive value. `encodeURIComponent` leaves only characters the
 * spec's grammar allows unescaped, except `-`, which the directive syntax
 * uses for prefix/suffix and so must be `%2D`. `,` and `&` (directive
 * separators) and spaces come out as `%2C`, `%26`, `%20`.
 */
export function encodeTextDirectiveValue(value: string): string {
  return encodeURIComponent(value).replace(/-/g, '%2D');
}

/**
 * Chinese pages set `,` `(` `:` and the like in their full-width forms, and a
 * text directive matches the page's characters exactly (case is the only
 * thing matching ignores). Our source text has some of them half-width, so
 * next to a Han character they are put back the way the page prints them.
 */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

const HAN_OR_CJK_PUNCTUATION = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u;

export function toChineseFullWidthPunctuation(text: string): string {
  const chars = Array.from(text);
  return chars
    .map((c, i) => {
      const fullWidth = FULL_WIDTH[c];
      if (fullWidth === undefined) return c;
      const before = chars[i - 1] ?? '';
      const after = chars[i + 1] ?? '';
      const inChinese = HAN_OR_CJK_PUNCTUATION.test(before) || HAN_OR_CJK_PUNCTUATION.test(after);
      return inChinese ? fullWidth : c;
    })
    .join('');
}

/** Clauses up to this many characters are quoted whole. */
const WHOLE_CLAUSE_MAX = 40;
/** A snippet shorter than this could match elsewhere in the document. */
const SNIPPET_MIN = 8;
/** Past this, a snippet is cut without waiting for punctuation. */
const SNIPPET_MAX = 60;
/** Length of a snippet cut where the text has no punctuation to cut at. */
const SNIPPET_FALLBACK = 20;

/**
 * Browsers accept a match only if it begins and ends on word boundaries, and
 * for Chinese they find those with a dictionary, so a snippet cut mid-word
 * may never match. Punctuation is always a boundary: cut next to it.
 */
const isBoundary = (c: string | undefined): boolean => c === undefined || /[\p{P}\p{Z}\s]/u.test(c);

export interface TextDirectiveParts {
  textStart: string;
  textEnd?: string;
}

/**
 * The snippets that select `text` on a page: the whole text when short,
 * else its opening up to the first punctuation (textStart) and its closing
 * from the last punctuation (textEnd) — each at least SNIPPET_MIN long, so
 * short enough to keep the link readable and long enough to be unique.
 */
export function textDirectiveParts(text: string): TextDirectiveParts {
  const chars = Array.from(text.trim());
  const n = chars.length;
  if (n <= WHOLE_CLAUSE_MAX) return { textStart: chars.join('') };

  // The shortest prefix that ends just before punctuation.
  let startLength = Math.min(SNIPPET_FALLBACK, n);
  for (let i = SNIPPET_MIN; i <= SNIPPET_MAX && i < n; i++) {
    if (isBoundary(chars[i]) && !isBoundary(chars[i - 1])) {
      startLength = i;
      break;
    }
  }

  // The shortest suffix that starts just after punctuation and does not
  // overlap the prefix (textEnd is sought after the textStart match).
  let endStart = Math.max(startLength, n - SNIPPET_FALLBACK);
  for (let j = n - SNIPPET_MIN; j >= Math.max(startLength, n - SNIPPET_MAX); j--) {
    if (isBoundary(chars[j - 1]) && !isBoundary(chars[j])) {
      endStart = j;
      break;
    }
  }

  return {
    textStart: chars.slice(0, startLength).join(''),
    textEnd: chars.slice(endStart).join(''),
  };
}

/** `text=…` for the clause: the part of the fragment after `:~:`. */
export function textDirective(text: string): string {
  const { textStart, textEnd } = textDirectiveParts(text);
  const encodedStart = encodeTextDirectiveValue(textStart);
  return textEnd === undefined
    ? `text=${encodedStart}`
    : `text=${encodedStart},${encodeTextDirectiveValue(textEnd)}`;
}

/**
 * `url` with a text directive for `text` appended. An existing fragment is
 * kept (the directive follows it after `:~:`), and an existing directive gets
 * another one joined with `&`.
 */
export function withTextFragment(url: string, text: string): string {
  const directive = textDirective(text);
  if (url.includes(':~:')) return `${url}&${directive}`;
  return url.includes('#') ? `${url}:~:${directive}` : `${url}#:~:${directive}`;
}
