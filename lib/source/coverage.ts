import { lineAt } from './errors';
import { squeeze } from './punctuation';

/**
 * Nothing lost, nothing invented: every non-whitespace character of every
 * source file lies in exactly one clause span or one exclusion span, and each
 * clause's text is its spans' slices put together (whitespace aside).
 */
export interface CoverageInput {
  files: ReadonlyArray<{ file: string; text: string }>;
  clauses: ReadonlyArray<{ id: string; text: string; sources: ReadonlyArray<{ file: string; start: number; end: number }> }>;
  excluded: ReadonlyArray<{ file: string; start: number; end: number; reason: string }>;
}

export interface CoverageProblem {
  file: string;
  line: number;
  message: string;
}

export function checkCoverage(input: CoverageInput): CoverageProblem[] {
  const problems: CoverageProblem[] = [];
  const owners = new Map<string, Array<string | undefined>>();
  const texts = new Map(input.files.map((f) => [f.file, f.text]));
  for (const f of input.files) owners.set(f.file, new Array<string | undefined>(f.text.length));

  const claim = (file: string, start: number, end: number, owner: string): void => {
    const text = texts.get(file);
    const slots = owners.get(file);
    if (text === undefined || !slots) {
      problems.push({ file, line: 1, message: `${owner} points into a file that is not a source` });
      return;
    }
    if (start < 0 || end > text.length || start > end) {
      problems.push({ file, line: lineAt(text, start), message: `${owner} has a span outside the file (${start}–${end})` });
      return;
    }
    for (let i = start; i < end; i++) {
      if (/\s/u.test(text.charAt(i))) continue;
      const previous = slots[i];
      if (previous !== undefined) {
        problems.push({ file, line: lineAt(text, i), message: `offset ${i} lies in both ${previous} and ${owner}` });
        return;
      }
      slots[i] = owner;
    }
  };

  for (const clause of input.clauses) {
    const slices = clause.sources.map((span) => {
      claim(span.file, span.start, span.end, `clause ${clause.id}`);
      return texts.get(span.file)?.slice(span.start, span.end) ?? '';
    });
    if (squeeze(slices.join('')) !== squeeze(clause.text)) {
      const first = clause.sources[0];
      problems.push({
        file: first?.file ?? '?',
        line: first ? lineAt(texts.get(first.file) ?? '', first.start) : 1,
        message: `clause ${clause.id}: its text is not the text of its source spans`,
      });
    }
  }
  for (const exclusion of input.excluded) {
    claim(exclusion.file, exclusion.start, exclusion.end, `exclusion (${exclusion.reason}) at ${exclusion.start}`);
  }
  for (const f of input.files) {
    const slots = owners.get(f.file) ?? [];
    for (let i = 0; i < f.text.length; i++) {
      if (slots[i] === undefined && !/\s/u.test(f.text.charAt(i))) {
        problems.push({ file: f.file, line: lineAt(f.text, i), message: `"${f.text.slice(i, i + 12)}…" is in no clause and no exclusion` });
        break;
      }
    }
  }
  return problems;
}
