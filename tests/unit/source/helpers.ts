import type { CatalogueEntry } from '../../../lib/source/catalogue';
import { type ParseResult, parseSources } from '../../../lib/source/parse';

/** A catalogue naming every `# ` heading of a made-up source, ids doc-1, doc-2… */
export function catalogueFor(text: string, extra: Partial<Record<number, Partial<CatalogueEntry>>> = {}): CatalogueEntry[] {
  const headings = [...text.matchAll(/^\uFEFF?# (.+)$/gmu)].map((match) => (match[1] ?? '').trim());
  return headings.map((heading, i) => ({
    id: `doc-${i + 1}`,
    type: 'joint-statement',
    heading,
    incomplete: false,
    ...extra[i + 1],
  }));
}

export function parseOne(text: string, catalogue: CatalogueEntry[] = catalogueFor(text)): ParseResult {
  return parseSources([{ file: 'made-up.txt', text }], catalogue);
}

export const clause = (result: ParseResult, id: string) => {
  const found = result.clauses.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no clause ${id}; have ${result.clauses.map((c) => c.id).join(', ')}`);
  return found;
};

export const kinds = (result: ParseResult, id: string): string[] => clause(result, id).flags.map((flag) => flag.kind);

/** Lines joined with blank lines between them, as the scrape lays out paragraphs. */
export const paragraphs = (...lines: string[]): string => `${lines.join('\n\n')}\n`;
