import { UNPLACED_DOC_ID } from '../source/catalogue';
import type { ClauseIndex } from './types';

/** The index described for people: documents, clause counts, every flag, every exclusion, the time taken. */
export function formatReport(
  index: ClauseIndex,
  elapsedMs: number,
  sourceTexts: ReadonlyMap<string, string> = new Map(),
): string {
  const out: string[] = [];
  const where = (file: string, offset: number): string => {
    const text = sourceTexts.get(file);
    return text === undefined ? `${file}@${offset}` : `${file}:${text.slice(0, offset).split('\n').length}`;
  };
  out.push('Documents');
  for (const doc of index.documents) {
    out.push(
      `  ${doc.id}  ${doc.clauseCount} clauses  [${doc.type}${doc.incomplete ? ', incomplete' : ''}]  ${doc.shortTitle.en} / ${doc.shortTitle.zh}`,
    );
    if (doc.missingLabels?.length) out.push(`      missing from the source: ${doc.missingLabels.join(' ')}`);
    for (const note of doc.sourceNotes ?? []) out.push(`      note: ${note}`);
  }
  const unplaced = index.clauses.filter((clause) => clause.docId === UNPLACED_DOC_ID);
  if (unplaced.length > 0) out.push(`  ${UNPLACED_DOC_ID}  ${unplaced.length} clauses  (document unknown)`);

  out.push('', 'Flags');
  let flagCount = 0;
  for (const clause of index.clauses) {
    for (const flag of clause.flags) {
      if (flag.kind === 'incomplete-document') continue;
      flagCount++;
      const at = clause.sources[0] ? where(clause.sources[0].file, clause.sources[0].start) : '';
      out.push(`  ${clause.id} (${clause.label}, ${at})  ${flag.kind}: ${flag.note}`);
    }
  }
  const incomplete = index.clauses.filter((clause) => clause.flags.some((flag) => flag.kind === 'incomplete-document'));
  if (incomplete.length > 0) out.push(`  incomplete-document: on all ${incomplete.length} clauses of incomplete documents`);
  if (flagCount === 0 && incomplete.length === 0) out.push('  none');

  out.push('', 'Exclusions');
  for (const exclusion of index.excluded) {
    out.push(
      `  ${where(exclusion.file, exclusion.start)}  ${exclusion.reason}${exclusion.docId ? ` [${exclusion.docId}]` : ''}: ${exclusion.note}${exclusion.duplicateOf ? ` (duplicate of ${exclusion.duplicateOf})` : ''}`,
    );
  }
  out.push(
    '',
    `${index.documents.length} documents, ${index.clauses.length} clauses, ${flagCount + incomplete.length} flags, ${index.excluded.length} exclusions; built in ${elapsedMs.toFixed(0)} ms`,
  );
  return out.join('\n');
}
