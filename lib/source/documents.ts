import type { CatalogueEntry } from './catalogue';
import { SourceError } from './errors';
import type { SourceItem } from './items';

/** The items of one file from a `# ` heading up to the next (or the items before any heading). */
export interface DocumentSection {
  file: string;
  /** Undefined for text standing before the first heading of a file. */
  docId?: string;
  headingLine?: number;
  items: SourceItem[];
}

/**
 * Splits a file's items at its `# ` headings and names each part by the
 * catalogue entry whose heading it carries. A heading no entry names, and a
 * heading with nothing under it, are malformed input.
 */
export function splitDocuments(
  file: string,
  items: readonly SourceItem[],
  catalogue: readonly CatalogueEntry[],
): DocumentSection[] {
  const sections: DocumentSection[] = [];
  let current: DocumentSection = { file, items: [] };
  for (const item of items) {
    if (item.kind === 'heading') {
      pushSection(sections, current);
      const entry = catalogue.find((candidate) => sameHeading(candidate.heading, item.text));
      if (!entry) throw new SourceError(file, item.line, `no document in the metadata has the heading "${item.text}"`);
      current = { file, docId: entry.id, headingLine: item.line, items: [item] };
    } else {
      current.items.push(item);
    }
  }
  pushSection(sections, current);
  return sections;
}

function pushSection(sections: DocumentSection[], section: DocumentSection): void {
  const hasParagraph = section.items.some((item) => item.kind === 'paragraph');
  if (section.docId !== undefined && !hasParagraph) {
    throw new SourceError(section.file, section.headingLine ?? 1, `empty document: heading with no paragraph under it`);
  }
  if (section.items.length > 0) sections.push(section);
}

/** A heading's words only: scrapes break, pad and re-punctuate headings, and mix widths. */
function headingForm(heading: string): string {
  return heading.normalize('NFKC').replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Below this many characters, a heading must match whole: short ones are too alike. */
const MIN_CONTAINED_HEADING = 12;

/**
 * Whether a source heading is the metadata's heading. Compared by their words; a
 * heading that carries the title plus a tag (“（全文）”, “全文如下”) or a prefix
 * (“受权发布：”) is still that document's.
 */
export function sameHeading(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const x = headingForm(a);
  const y = headingForm(b);
  if (x === y) return x.length > 0;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.length >= MIN_CONTAINED_HEADING && longer.includes(shorter) && longer.length - shorter.length <= 8;
}
