import * as v from 'valibot';
import { jsonValueOffsets, lineOfPath } from './json-locations';

/**
 * The metadata file (data/documents.json): one record per document the
 * sources hold. Validation names the file, the line and the field.
 */
// Russian names are optional: a Russian interface shows the English name where there is none.
const Bilingual = v.object({
  zh: v.pipe(v.string(), v.nonEmpty()),
  en: v.pipe(v.string(), v.nonEmpty()),
  ru: v.optional(v.pipe(v.string(), v.nonEmpty())),
});
const NameList = v.array(v.pipe(v.string(), v.nonEmpty()));
const NamesByLanguage = v.object({ zh: v.optional(NameList), en: v.optional(NameList), ru: v.optional(NameList) });
const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/u, 'expected a date as yyyy-mm-dd'));

const CslSchema = v.looseObject({
  id: v.pipe(v.string(), v.nonEmpty()),
  type: v.pipe(v.string(), v.nonEmpty()),
  title: v.pipe(v.string(), v.nonEmpty()),
  'title-short': v.optional(v.string()),
  language: v.optional(v.string()),
  author: v.optional(
    v.array(v.object({ literal: v.optional(v.string()), family: v.optional(v.string()), given: v.optional(v.string()) })),
  ),
  publisher: v.optional(v.string()),
  'publisher-place': v.optional(v.string()),
  'event-place': v.optional(v.string()),
  issued: v.object({ 'date-parts': v.array(v.array(v.number())) }),
  URL: v.optional(v.pipe(v.string(), v.url())),
});

export const DocumentMetaSchema = v.object({
  id: v.pipe(
    v.string(),
    v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'expected a lower-case ASCII slug such as intl-law-2025'),
  ),
  title: v.pipe(v.string(), v.nonEmpty()),
  titleEn: v.pipe(v.string(), v.nonEmpty()),
  shortTitle: Bilingual,
  date: IsoDate,
  place: Bilingual,
  publisher: Bilingual,
  type: v.picklist(['joint-statement', 'news-report']),
  heading: v.optional(v.pipe(v.string(), v.nonEmpty())),
  incomplete: v.boolean(),
  url: v.optional(v.pipe(v.string(), v.url())),
  notes: v.optional(v.string()),
  /** Other names news uses for the document, per language. */
  names: v.optional(NamesByLanguage),
  /** The parties to the document, each with the names news gives it (country, capital, leader). */
  parties: v.optional(v.array(NamesByLanguage)),
  csl: CslSchema,
});

export const MetadataFileSchema = v.object({
  $comment: v.optional(v.string()),
  documents: v.pipe(v.array(DocumentMetaSchema), v.minLength(1, 'expected at least one document')),
});

export type DocumentMeta = v.InferOutput<typeof DocumentMetaSchema>;

export class MetadataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${field ? `${field}: ` : ''}${detail}`);
    this.name = 'MetadataError';
  }
}

/** Parses and validates the metadata text; throws MetadataError naming file, line and field. */
export function parseMetadata(file: string, text: string): DocumentMeta[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const line = text.slice(0, jsonErrorOffset(text)).split('\n').length;
    throw new MetadataError(file, line, '', `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const offsets = jsonValueOffsets(text);
  const result = v.safeParse(MetadataFileSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const field = issue ? dotPath(issue.path) : '';
    throw new MetadataError(file, lineOfPath(text, offsets, field), field, issue?.message ?? 'invalid');
  }
  const documents = result.output.documents;
  const seen = new Map<string, string>();
  documents.forEach((doc, index) => {
    for (const [key, value] of [
      ['id', doc.id],
      ['heading', doc.heading],
    ] as const) {
      if (value === undefined) continue;
      const field = `documents[${index}].${key}`;
      const earlier = seen.get(`${key}:${value}`);
      if (earlier) throw new MetadataError(file, lineOfPath(text, offsets, field), field, `same ${key} as ${earlier}`);
      seen.set(`${key}:${value}`, field);
    }
  });
  return documents;
}

/** The line of a field of one document record (for errors found after validation). */
export function metadataLine(text: string, index: number, key: string): number {
  return lineOfPath(text, jsonValueOffsets(text), `documents[${index}].${key}`);
}

function dotPath(path: ReadonlyArray<{ key: unknown }> | undefined): string {
  if (!path) return '';
  return path
    .map((item, i) => (typeof item.key === 'number' ? `[${item.key}]` : `${i === 0 ? '' : '.'}${String(item.key)}`))
    .join('');
}

/**
 * Offset of a JSON syntax error. Not every runtime reports one, so it is
 * found by search: a prefix ending before the bad token fails only for
 * ending early, a prefix including it fails for that token.
 */
function jsonErrorOffset(text: string): number {
  const failsOnlyAtEnd = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return true;
    } catch (error) {
      const message = String(error);
      const position = /at position (\d+)/u.exec(message)?.[1];
      return /end of JSON input|Unterminated string/u.test(message) || Number(position) >= length;
    }
  };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (failsOnlyAtEnd(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}
