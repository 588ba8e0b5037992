import * as v from 'valibot';

/**
 * The CSL-JSON input schema (csl-data.json, CSL 1.0.2) written out as a
 * valibot schema: the same item properties, types and required keys, and
 * like the original no properties beyond those listed.
 */
const stringOrNumber = v.union([v.string(), v.number()]);
const stringNumberOrBoolean = v.union([v.string(), v.number(), v.boolean()]);

const nameVariable = v.strictObject({
  family: v.optional(v.string()),
  given: v.optional(v.string()),
  'dropping-particle': v.optional(v.string()),
  'non-dropping-particle': v.optional(v.string()),
  suffix: v.optional(v.string()),
  'comma-suffix': v.optional(stringNumberOrBoolean),
  'static-ordering': v.optional(stringNumberOrBoolean),
  literal: v.optional(v.string()),
  'parse-names': v.optional(stringNumberOrBoolean),
});

// The original pattern, unanchored as there: one digit or EDTF sign anywhere.
const edtf = v.pipe(v.string(), v.regex(/[0-9,%~X?./]/));

const dateVariable = v.union([
  edtf,
  v.strictObject({
    'date-parts': v.optional(
      v.pipe(
        v.array(v.pipe(v.array(stringOrNumber), v.minLength(1), v.maxLength(3))),
        v.minLength(1),
        v.maxLength(2),
      ),
    ),
    season: v.optional(stringOrNumber),
    circa: v.optional(stringNumberOrBoolean),
    literal: v.optional(v.string()),
    raw: v.optional(v.string()),
    edtf: v.optional(edtf),
  }),
]);

const CSL_TYPES = [
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'bill',
  'book',
  'broadcast',
  'chapter',
  'classic',
  'collection',
  'dataset',
  'document',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'figure',
  'graphic',
  'hearing',
  'interview',
  'legal_case',
  'legislation',
  'manuscript',
  'map',
  'motion_picture',
  'musical_score',
  'pamphlet',
  'paper-conference',
  'patent',
  'performance',
  'periodical',
  'personal_communication',
  'post',
  'post-weblog',
  'regulation',
  'report',
  'review',
  'review-book',
  'software',
  'song',
  'speech',
  'standard',
  'thesis',
  'treaty',
  'webpage',
] as const;

const NAME_VARIABLES = [
  'author',
  'chair',
  'collection-editor',
  'compiler',
  'composer',
  'container-author',
  'contributor',
  'curator',
  'director',
  'editor',
  'editorial-director',
  'executive-producer',
  'interviewer',
  'illustrator',
  'organizer',
  'original-author',
  'performer',
  'producer',
  'recipient',
  'reviewed-author',
  'translator',
] as const;

const DATE_VARIABLES = [
  'accessed',
  'available-date',
  'container',
  'event-date',
  'issued',
  'original-date',
  'submitted',
] as const;

const STRING_VARIABLES = [
  'language',
  'journalAbbreviation',
  'shortTitle',
  'abstract',
  'annote',
  'archive',
  'archive_collection',
  'archive_location',
  'archive-place',
  'authority',
  'call-number',
  'citation-label',
  'collection-title',
  'container-title',
  'container-title-short',
  'dimensions',
  'division',
  'DOI',
  'event',
  'event-place',
  'genre',
  'ISAN',
  'ISBN',
  'ISCI',
  'ISMN',
  'ISRC',
  'ISSN',
  'ISWC',
  'jurisdiction',
  'keyword',
  'medium',
  'note',
  'original-publisher',
  'original-publisher-place',
  'original-title',
  'part-title',
  'PMCID',
  'PMID',
  'publisher',
  'publisher-place',
  'references',
  'reviewed-title',
  'scale',
  'section',
  'source',
  'status',
  'title',
  'title-short',
  'translated-title',
  'translated-title-short',
  'URL',
  'version',
  'year-suffix',
] as const;

const NUMBER_VARIABLES = [
  'chapter-number',
  'citation-number',
  'collection-number',
  'edition',
  'first-reference-note-number',
  'issue',
  'locator',
  'number',
  'number-of-pages',
  'number-of-volumes',
  'page',
  'page-first',
  'part',
  'printing',
  'supplement',
  'volume',
] as const;

const optionalEntries = <K extends string, S extends v.GenericSchema>(keys: readonly K[], schema: S) =>
  Object.fromEntries(keys.map((key) => [key, v.optional(schema)])) as Record<K, v.OptionalSchema<S, undefined>>;

export const CslItemSchema = v.strictObject({
  type: v.picklist(CSL_TYPES),
  id: stringOrNumber,
  categories: v.optional(v.array(v.string())),
  custom: v.optional(v.record(v.string(), v.unknown())),
  ...optionalEntries(NAME_VARIABLES, v.array(nameVariable)),
  ...optionalEntries(DATE_VARIABLES, dateVariable),
  ...optionalEntries(STRING_VARIABLES, v.string()),
  ...optionalEntries(NUMBER_VARIABLES, stringOrNumber),
});

export const CslDataSchema = v.array(CslItemSchema);
