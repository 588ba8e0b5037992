import { buildMatchData } from '../match/build';
import { buildLexicon } from '../match/crosslingual/lexicon';
import { buildEvidenceData, CuesFileSchema, type EvidenceInput, parseJsonFile } from '../match/evidence/build';
import { parseFold } from '../text/fold';
import { createNormalizer } from '../text/normalize';
import { buildSearchData } from '../search/build';
import type { CatalogueEntry } from '../source/catalogue';
import { checkCoverage } from '../source/coverage';
import { SourceError } from '../source/errors';
import { parseSources } from '../source/parse';
import { attachAlignments } from '../translations/align';
import { attachTranslations, type TranslationInput } from '../translations/build';
import { MetadataError, metadataLine, parseMetadata } from './metadata';
import type { ClauseIndex, DocumentRecord } from './types';

export const SCHEMA_VERSION = 1;

export interface BuildInput {
  /** Source files as read (text decoded; sha256 of the raw bytes). */
  sources: ReadonlyArray<{ file: string; text: string; sha256: string }>;
  metadata: { file: string; text: string };
  /** Renderings and glossary: when given, every clause must have a rendering in each language. */
  translations?: TranslationInput;
  /** Cue words, fitted weights and word frequency resources for the evidence model. */
  evidence: EvidenceInput;
}

/**
 * Sources plus metadata to the clause index. Throws MetadataError or
 * SourceError (both name a file and a line) on malformed input, and
 * SourceError when coverage does not hold: an index that loses or invents
 * text is never written.
 */
export function buildIndex(input: BuildInput): ClauseIndex {
  const metas = parseMetadata(input.metadata.file, input.metadata.text);
  const catalogue: CatalogueEntry[] = metas.map((meta) => ({
    id: meta.id,
    type: meta.type,
    heading: meta.heading,
    incomplete: meta.incomplete,
  }));
  const parsed = parseSources(input.sources, catalogue);
  const missing = parsed.missingHeadings[0];
  if (missing) {
    const index = metas.findIndex((meta) => meta.id === missing.id);
    throw new MetadataError(
      input.metadata.file,
      metadataLine(input.metadata.text, index, 'heading'),
      `documents[${index}].heading`,
      `no source file has the heading "${missing.heading}"`,
    );
  }
  const problem = checkCoverage({ files: input.sources, clauses: parsed.clauses, excluded: parsed.excluded })[0];
  if (problem) throw new SourceError(problem.file, problem.line, `coverage: ${problem.message}`);

  const glossary = input.translations ? attachTranslations(parsed.clauses, input.translations) : undefined;

  const documents: DocumentRecord[] = metas.map((meta) => {
    const found = parsed.documents.find((doc) => doc.id === meta.id);
    const record: DocumentRecord = {
      id: meta.id,
      title: meta.title,
      titleEn: meta.titleEn,
      shortTitle: meta.shortTitle,
      date: meta.date,
      place: meta.place,
      publisher: meta.publisher,
      type: meta.type,
      incomplete: meta.incomplete,
      ...(meta.heading !== undefined ? { heading: meta.heading } : {}),
      ...(meta.url !== undefined ? { url: meta.url } : {}),
      ...(meta.names !== undefined ? { names: meta.names } : {}),
      ...(meta.parties !== undefined ? { parties: meta.parties } : {}),
      csl: meta.csl,
      clauseCount: found?.clauseCount ?? 0,
    };
    if (found?.missingLabels.length) record.missingLabels = found.missingLabels;
    if (found?.sourceNotes.length) record.sourceNotes = found.sourceNotes;
    return record;
  });

  const match = buildMatchData(parsed.clauses);
  const lexicon = glossary ? buildLexicon() : undefined;
  if (glossary && lexicon && input.translations) {
    const cues = parseJsonFile(input.evidence.cues.file, input.evidence.cues.text, CuesFileSchema);
    attachAlignments(parsed.clauses, glossary, lexicon, documents, cues.parties, input.translations.renderings);
  }
  const evidence = buildEvidenceData(
    input.evidence,
    parsed.clauses,
    documents,
    glossary ?? [],
    createNormalizer(parseFold(match.fold)),
    lexicon,
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    builtFrom: { files: input.sources.map((source) => ({ file: source.file, sha256: source.sha256 })) },
    documents,
    clauses: parsed.clauses,
    excluded: parsed.excluded,
    match,
    search: buildSearchData(parsed.clauses, glossary, lexicon),
    ...(glossary ? { glossary, lexicon } : {}),
    evidence,
  };
}
