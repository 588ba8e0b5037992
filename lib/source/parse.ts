import type { Clause, ClauseFlag, Exclusion, ExclusionReason } from '../index/types';
import { type CatalogueEntry, UNPLACED_DOC_ID } from './catalogue';
import { doubledCharFlags, strayLatinFlags, truncationFlags } from './defects';
import { type DocumentSection, sameHeading, splitDocuments } from './documents';
import { findDuplicates } from './duplicates';
import { readItems, type SourceItem } from './items';
import { assignLabels, toChineseNumeral } from './labels';
import { endsWithColon } from './punctuation';
import { type AnalysedSection, analyseSection, type Chain } from './sections';
import { findSharedRuns } from './shared-runs';
import { findTailHosts } from './tails';
import { firstLine, type Unit, unitText } from './units';

export interface SourceFileText {
  /** How spans name the file (a path relative to the project). */
  file: string;
  text: string;
}

export interface ParsedDocument {
  id: string;
  clauseCount: number;
  missingLabels: string[];
  sourceNotes: string[];
}

export interface ParseResult {
  clauses: Clause[];
  excluded: Exclusion[];
  documents: ParsedDocument[];
  /** Catalogue entries whose heading is in no source file (the caller reports them against the metadata). */
  missingHeadings: CatalogueEntry[];
}

/**
 * Reads source files into clauses and exclusions. Throws only SourceError,
 * for the malformed inputs it defines; any other text yields a result.
 */
export function parseSources(files: readonly SourceFileText[], catalogue: readonly CatalogueEntry[]): ParseResult {
  const excluded: Exclusion[] = [];
  const analysed: AnalysedSection[] = [];
  const headingsSeen: string[] = [];
  files.forEach((source) => {
    const items = readItems(source.file, source.text);
    for (const item of items) if (item.kind === 'heading') headingsSeen.push(item.text);
    for (const section of splitDocuments(source.file, items, catalogue)) {
      analysed.push(analyseSection(section, catalogue.find((entry) => entry.id === section.docId)));
      excluded.push(...layoutExclusions(section));
    }
  });
  const missingHeadings = catalogue.filter(
    (entry) => entry.heading !== undefined && !headingsSeen.some((seen) => sameHeading(entry.heading, seen)),
  );

  // Notes gather the lines they concern, so a misplaced run is told once, not once per paragraph.
  const notes = new Map<string, Map<string, number[]>>();
  const note = (docId: string, text: string, line: number): void => {
    const byText = notes.get(docId) ?? new Map<string, number[]>();
    byText.set(text, [...(byText.get(text) ?? []), line]);
    notes.set(docId, byText);
  };
  const notesOf = (docId: string): string[] =>
    [...(notes.get(docId) ?? new Map<string, number[]>())].map(
      ([text, lines]) => `${text} (source line${lines.length > 1 ? 's' : ''} ${lines.join(', ')})`,
    );
  let units = placeChains(analysed, catalogue, files, excluded, note);

  const unitIds = new Map<Unit, string>();
  const duplicateOf = new Map<Unit, Unit>();
  for (const group of findDuplicates(units)) {
    const otherNumbers = new Map<string, number[]>();
    for (const repeat of group.repeats) {
      duplicateOf.set(repeat, group.keeper);
      if (repeat.numeral !== group.keeper.numeral) {
        const label = repeat.numeral ?? 'an unnumbered paragraph';
        otherNumbers.set(label, [...(otherNumbers.get(label) ?? []), firstLine(repeat)]);
      }
    }
    for (const [label, lines] of otherNumbers) {
      group.keeper.flags.push({
        kind: 'repeats-other-clause',
        note: `the source also prints this text under ${label} (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}); those copies are not indexed`,
      });
    }
  }
  units = units.filter((unit) => !duplicateOf.has(unit));

  for (const join of findTailHosts(units)) {
    if (!join.host) continue;
    const tailText = unitText(join.tail);
    join.host.flags.push({
      kind: 'tail-joined',
      note: `its end "${tailText.slice(0, 12)}…" is printed apart at line ${firstLine(join.tail)} and was joined back`,
      start: unitText(join.host).length,
      end: unitText(join.host).length + tailText.length,
    });
    join.host.pieces.push(...join.tail.pieces);
    units = units.filter((unit) => unit !== join.tail);
  }

  const clauses: Clause[] = [];
  const documents: ParsedDocument[] = [];
  const docIds = [...catalogue.map((entry) => entry.id), UNPLACED_DOC_ID];
  for (const docId of docIds) {
    const entry = catalogue.find((candidate) => candidate.id === docId);
    const docUnits = orderInDocument(units.filter((unit) => unit.docId === docId), docId);
    if (docId === UNPLACED_DOC_ID && docUnits.length === 0) continue;
    const preamble = preambleUnits(docUnits, docId);
    const labelled = assignLabels(
      docId,
      docUnits.map((unit) => ({ numeral: unit.numeral, value: unit.value, preamble: preamble.has(unit) })),
      entry?.incomplete ?? true,
    );
    docUnits.forEach((unit, i) => {
      const label = labelled[i];
      if (!label) return;
      unitIds.set(unit, label.id);
      const text = unitText(unit);
      const flags: ClauseFlag[] = [
        ...unit.flags,
        ...(unit.rejoined
          ? [{ kind: 'rejoined' as const, note: `rebuilt from ${unit.pieces.length} printed paragraphs split by a page or column break` }]
          : []),
        ...truncationFlags(text),
        ...strayLatinFlags(text),
        ...doubledCharFlags(text),
        ...(entry?.incomplete ? [{ kind: 'incomplete-document' as const, note: 'the source holds only part of this document' }] : []),
      ];
      clauses.push({
        id: label.id,
        docId,
        ordinal: label.ordinal,
        label: label.label,
        kind: label.kind,
        text,
        sources: unit.pieces.map((piece) => ({ file: piece.file, start: piece.span.start, end: piece.span.end })),
        flags,
        ...(unit.section !== undefined ? { section: unit.section } : {}),
      });
    });
    documents.push({
      id: docId,
      clauseCount: docUnits.length,
      missingLabels: missingNumbers(docUnits, [...duplicateOf.keys()].filter((unit) => unit.docId === docId)),
      sourceNotes: notesOf(docId),
    });
  }

  for (const [repeat, keeper] of duplicateOf) {
    const keeperId = unitIds.get(keeper);
    for (const piece of repeat.pieces) {
      excluded.push({
        file: piece.file,
        start: piece.span.start,
        end: piece.span.end,
        reason: 'duplicate',
        note: `repeats ${keeperId ?? 'another clause'}${repeat.numeral && repeat.numeral !== keeper.numeral ? ` under the number ${repeat.numeral}` : ''}`,
        ...(keeperId ? { duplicateOf: keeperId } : {}),
        docId: repeat.docId,
      });
    }
  }
  flagSharedRuns(clauses);
  excluded.sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
  return { clauses, excluded, documents, missingHeadings };
}

/** Headings, sub-headings, page markers and section numerals: layout, recorded as exclusions. */
function layoutExclusions(section: DocumentSection): Exclusion[] {
  const result: Exclusion[] = [];
  const docId = section.docId !== undefined ? { docId: section.docId } : {};
  const push = (item: SourceItem, reason: ExclusionReason, note: string): void => {
    result.push({ file: item.file, start: item.span.start, end: item.span.end, reason, note, ...docId });
  };
  for (const item of section.items) {
    if (item.kind === 'heading') push(item, 'heading', 'document heading: the title, kept in the document record');
    else if (item.kind === 'sub-heading') push(item, 'heading', 'sub-heading printed in the page');
    else if (item.kind === 'page-marker') push(item, 'page-marker', 'page-continuation marker of the newspaper');
    else if (item.kind === 'section-numeral') push(item, 'section-numeral', `section numeral ${item.numeral} standing alone as a heading`);
  }
  return result;
}

/**
 * Decides each chain's document: its own section's, the news report's, or,
 * for a foreign run, the one document that can take it (a statement set in
 * unnumbered paragraphs whose own end is not in the source). Closing lines go
 * wherever the chain they close goes.
 */
function placeChains(
  analysed: readonly AnalysedSection[],
  catalogue: readonly CatalogueEntry[],
  files: readonly SourceFileText[],
  excluded: Exclusion[],
  note: (docId: string, text: string, line: number) => void,
): Unit[] {
  const newsReports = catalogue.filter((entry) => entry.type === 'news-report');
  const newsDoc = newsReports.length === 1 ? newsReports[0]?.id : undefined;
  const inSources = (id: string) => analysed.filter((section) => section.section.docId === id);
  const canTakeForeign = (entry: CatalogueEntry, from: string | undefined): boolean => {
    const sections = inSources(entry.id);
    return (
      entry.id !== from &&
      entry.type === 'joint-statement' &&
      sections.length > 0 &&
      sections.every((section) => !section.numbered && !section.closed)
    );
  };
  const fileIndex = new Map(files.map((f, i) => [f.file, i]));
  const units: Unit[] = [];

  for (const { section, chains, leadingClosing } of analysed) {
    const printedIn = section.docId;
    const printedName = printedIn ?? 'the text before the first heading';
    for (const closing of leadingClosing) {
      excluded.push({
        file: closing.file,
        start: closing.span.start,
        end: closing.span.end,
        reason: closing.closing,
        note: closingNote(closing.closing, printedIn ?? UNPLACED_DOC_ID, printedIn),
        ...(printedIn !== undefined ? { docId: printedIn } : {}),
      });
    }
    const foreignTargets = catalogue.filter((entry) => canTakeForeign(entry, printedIn));
    for (const chain of chains) {
      const first = chain.paragraphs[0];
      if (!first) continue;
      const line = first.line;
      const flags: ClauseFlag[] = [];
      let docId: string;
      if (chain.disposition === 'news') {
        docId = newsDoc ?? UNPLACED_DOC_ID;
        if (!newsDoc) flags.push({ kind: 'unplaced', note: `news-report text printed in ${printedName} (line ${line}); no single news report in the metadata` });
        else if (printedIn !== newsDoc && printedIn !== undefined) {
          note(printedIn, `paragraphs of the news report ${newsDoc} are printed among its paragraphs and kept apart`, line);
          note(newsDoc, `printed among the paragraphs of ${printedIn}`, line);
        }
      } else if (chain.disposition === 'foreign') {
        const target = foreignTargets.length === 1 ? foreignTargets[0] : undefined;
        docId = target?.id ?? UNPLACED_DOC_ID;
        if (target) {
          flags.push({
            kind: 'relocated',
            note: `printed at line ${line} among the numbered clauses of ${printedName}, which has no unnumbered paragraphs of its own; ${target.id} is the only statement in unnumbered paragraphs whose end is not in its own section`,
          });
          if (printedIn) note(printedIn, `unnumbered paragraphs printed after its clauses belong to ${target.id}`, line);
          note(target.id, `paragraphs printed among the clauses of ${printedName} were placed here by evidence`, line);
        } else {
          flags.push({
            kind: 'unplaced',
            note: `printed at line ${line} among the numbered clauses of ${printedName} but not one of them; ${foreignTargets.length === 0 ? 'no' : 'more than one'} other document can take it`,
          });
        }
      } else {
        docId = printedIn ?? UNPLACED_DOC_ID;
        if (!printedIn) flags.push({ kind: 'unplaced', note: `printed at line ${line} before any document heading` });
      }
      for (const paragraph of chain.paragraphs) {
        for (const marker of paragraph.markers) {
          excluded.push({ file: paragraph.file, ...marker, reason: 'page-marker', note: 'page-continuation marker glued to a paragraph', docId });
        }
      }
      for (const closing of chain.closing) {
        excluded.push({
          file: closing.file,
          start: closing.span.start,
          end: closing.span.end,
          reason: closing.closing,
          note: closingNote(closing.closing, docId, printedIn),
          docId,
        });
      }
      units.push({
        pieces: chain.paragraphs,
        printedIn,
        docId,
        numeral: chain.numeral,
        value: chain.value,
        inSequence: chain.inSequence,
        section: chain.disposition === 'own' ? chain.section : undefined,
        rejoined: chain.paragraphs.length > 1,
        order: (fileIndex.get(first.file) ?? 0) * 2 ** 32 + first.span.start,
        flags,
      });
    }
  }
  return units;
}

function closingNote(kind: Chain['closing'][number]['closing'], docId: string, printedIn: string | undefined): string {
  const what = kind === 'date-line' ? 'date and place of signing' : kind === 'dateline' ? 'news agency dateline' : 'signature block';
  return docId === printedIn ? what : `${what} of ${docId}, printed after ${printedIn ?? 'the start of the file'}`;
}

/** A document's own paragraphs in source order, then those placed in it from elsewhere. */
function orderInDocument(units: readonly Unit[], docId: string): Unit[] {
  const own = units.filter((unit) => unit.printedIn === docId).sort((a, b) => a.order - b.order);
  const placed = units.filter((unit) => unit.printedIn !== docId).sort((a, b) => a.order - b.order);
  return [...own, ...placed];
}

/**
 * The preamble: in a numbered document, the paragraphs before the first
 * number; in an unnumbered one, a first paragraph that ends by announcing
 * what follows ("…声明如下:").
 */
function preambleUnits(units: readonly Unit[], docId: string): Set<Unit> {
  const own = units.filter((unit) => unit.printedIn === docId);
  const firstNumbered = own.findIndex((unit) => unit.numeral !== undefined);
  if (own.filter((unit) => unit.numeral !== undefined).length >= 2) {
    return new Set(own.slice(0, Math.max(0, firstNumbered)));
  }
  const first = own[0];
  return first && first.numeral === undefined && endsWithColon(unitText(first)) ? new Set([first]) : new Set();
}

/** Numbers below the highest printed that no kept clause of the document carries. */
function missingNumbers(kept: readonly Unit[], repeats: readonly Unit[]): string[] {
  const values = new Set(kept.map((unit) => unit.value).filter((v): v is number => v !== undefined));
  if (values.size < 2) return [];
  const highest = Math.max(...values, ...repeats.map((unit) => unit.value ?? 0));
  const missing: string[] = [];
  for (let v = 1; v <= highest; v++) if (!values.has(v)) missing.push(toChineseNumeral(v));
  return missing;
}

/** Flags both clauses of every pair sharing a long run, each pointing at the other. */
function flagSharedRuns(clauses: Clause[]): void {
  for (const run of findSharedRuns(clauses.map((clause) => clause.text))) {
    const a = clauses[run.a];
    const b = clauses[run.b];
    if (!a || !b) continue;
    const snippet = a.text.slice(run.aStart, run.aStart + Math.min(run.length, 10));
    a.flags.push({
      kind: 'shared-run',
      note: `shares ${run.length} characters ("${snippet}…") with ${b.id}`,
      start: run.aStart,
      end: run.aStart + run.length,
      otherClauseId: b.id,
    });
    b.flags.push({
      kind: 'shared-run',
      note: `shares ${run.length} characters ("${snippet}…") with ${a.id}`,
      start: run.bStart,
      end: run.bStart + run.length,
      otherClauseId: a.id,
    });
  }
}
