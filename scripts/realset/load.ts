/**
 * The real labelled set (tests/fixtures/realset/): quotations copied from
 * public news pages, each labelled from the page's own words. Two formats:
 * page excerpts with every quotation labelled (`*pages*.jsonl`) and single
 * quotations with their sentence (`*quotes*.jsonl`). Offsets in the files are
 * code points; here they become UTF-16 offsets, as JavaScript strings count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REALSET_DIR = fileURLToPath(new URL('../../tests/fixtures/realset/', import.meta.url));

export type RealLang = 'zh-Hans' | 'zh-Hant' | 'en' | 'ru';
export type RealLabel = 'A' | 'B' | 'C' | 'none' | 'other-statement' | 'unclear';

export interface LabelledQuote {
  /** Unique: the record's id, and the quote's position for page records. */
  id: string;
  /** The page the quote is on: quotes of one page share a fold. */
  page: string;
  url: string;
  lang: RealLang;
  /** The text the quote stands in (a page excerpt, or the quote's sentence). */
  text: string;
  quote: string;
  /** UTF-16 offsets of the quote (marks excluded) in `text`. */
  start: number;
  end: number;
  label: RealLabel;
  /** Seed text inside the right clause; empty when the clause is not in the index's source. */
  anchors: string[];
  /** Spun, garbled or back-translated quotes, and negatives whose words are a clause's: reported apart. */
  hard: boolean;
  /** Left out of every count (`unclear`, `skip`, ambiguous negatives). */
  skipped: boolean;
  file: string;
}

interface PageRecord {
  id: string;
  url: string;
  lang: RealLang;
  text: string;
  quotes: Array<{ quote: string; start: number; end: number; label: RealLabel; seed_anchor: string | null; also_anchors?: string[]; note?: string }>;
}

interface QuoteRecord {
  id: string;
  url: string;
  lang: RealLang;
  context: string;
  quote: string;
  doc: 'A' | 'B' | 'C' | null;
  seed_anchor: string | null;
  alt_anchors?: string[];
  note?: string;
  tier?: 'core' | 'hard' | 'skip';
}

/** UTF-16 offset of each code point offset. */
function utf16Offsets(text: string): number[] {
  const map: number[] = [];
  let at = 0;
  for (const ch of text) {
    map.push(at);
    at += ch.length;
  }
  map.push(at);
  return map;
}

export function loadRealSet(dir = REALSET_DIR): LabelledQuote[] {
  const out: LabelledQuote[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(join(dir, name), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let record: PageRecord | QuoteRecord;
      try {
        record = JSON.parse(line);
      } catch (error) {
        throw new Error(`${name}:${i + 1}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      }
      if ('quotes' in record) out.push(...fromPage(record, name));
      else out.push(...fromQuote(record, name, i + 1));
    });
  }
  return out;
}

function fromPage(page: PageRecord, file: string): LabelledQuote[] {
  const map = utf16Offsets(page.text);
  return page.quotes.map((q, k) => {
    const anchors = q.seed_anchor ? [q.seed_anchor, ...(q.also_anchors ?? [])] : [];
    const start = map[q.start] ?? 0;
    const end = map[q.end] ?? 0;
    return {
      id: `${page.id}#${k}`,
      page: page.url,
      url: page.url,
      lang: page.lang,
      text: page.text,
      quote: page.text.slice(start, end),
      start,
      end,
      label: q.label,
      anchors,
      hard: /HARD/u.test(q.note ?? ''),
      skipped: q.label === 'unclear',
      file,
    };
  });
}

function fromQuote(record: QuoteRecord, file: string, line: number): LabelledQuote[] {
  const start = record.context.indexOf(record.quote);
  if (start < 0) throw new Error(`${file}:${line}: the quote is not in its context`);
  const anchors = record.seed_anchor ? [record.seed_anchor, ...(record.alt_anchors ?? [])] : [];
  const ambiguous = /AMBIGUOUS/u.test(record.note ?? '');
  return [
    {
      id: record.id,
      page: record.url,
      url: record.url,
      lang: record.lang,
      text: record.context,
      quote: record.quote,
      start,
      end: start + record.quote.length,
      label: record.doc ?? 'none',
      anchors,
      hard: record.tier === 'hard',
      skipped: record.tier === 'skip' || ambiguous,
      file,
    },
  ];
}
