/**
 * npm run --silent lookup -- [--json] [--quote] [--explain] [--index PATH] [TEXT | --file PATH]
 * npm run --silent lookup -- --jsonl < lines.jsonl
 *
 * Annotates text (or, with --quote, takes the whole input as one quote) and
 * prints each quote with the clause it comes from. --jsonl reads lines of
 * {"id", "text"} and writes one line {"id", ...annotateText result} per line.
 * --explain prints, for every quote, the evidence for its best clause, the
 * weights, the score and why it was accepted or rejected.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import {
  type Annotation,
  annotatedMatch,
  annotateText,
  type Fidelity,
  type FidelityEdit,
  type LoadedIndex,
  loadIndex,
  explainQuote,
  matchQuote,
} from '../lib/clauselens';
import { explainVerdict } from '../lib/match/evidence/explain';
import { findQuotes } from '../lib/text/quotes';
import { rankQuote } from '../lib/match/matcher';

interface Options {
  explain: boolean;
  json: boolean;
  jsonl: boolean;
  quote: boolean;
  file?: string;
  index: string;
  text: string[];
}

const DEFAULT_INDEX = fileURLToPath(new URL('../data/generated/clause-index.json', import.meta.url));

function parseArgs(argv: string[]): Options {
  const options: Options = { explain: false, json: false, jsonl: false, quote: false, index: DEFAULT_INDEX, text: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') options.json = true;
    else if (arg === '--explain') options.explain = true;
    else if (arg === '--jsonl') options.jsonl = true;
    else if (arg === '--quote') options.quote = true;
    else if (arg === '--file') options.file = argv[++i];
    else if (arg === '--index') options.index = argv[++i] ?? DEFAULT_INDEX;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(
        'usage: npm run --silent lookup -- [--json] [--quote] [--explain] [--index PATH] [TEXT | --file PATH]\n' +
          '       npm run --silent lookup -- --jsonl < lines-of-{"id","text"}\n',
      );
      process.exit(0);
    } else options.text.push(arg);
  }
  return options;
}

function readIndex(path: string): LoadedIndex {
  if (!existsSync(path)) {
    process.stderr.write(`No index at ${path}. Build it first: npm run index\n`);
    process.exit(2);
  }
  return loadIndex(readFileSync(path, 'utf8'));
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** One quote treated as the whole input, shaped like an annotateText result. */
function annotateQuote(loaded: LoadedIndex, quote: string): Annotation {
  const match = matchQuote(loaded, quote, quote);
  const result: Annotation = { matches: [], quotes: [{ quote, start: 0, end: quote.length }] };
  if (match) result.matches.push(annotatedMatch(loaded, { quote, start: 0, end: quote.length }, match));
  return result;
}


const VERDICT_WORDS: Record<Fidelity['verdict'], string> = {
  verbatim: 'verbatim',
  form: 'same wording, different form',
  abridged: 'abridged',
  altered: 'altered',
  translated: 'translated (no wording verdict)',
};

/** One edit for people: what the source has → what the article has, and where. */
function describeEdit(edit: FidelityEdit): string {
  const q = `“${edit.quote}”`;
  const src = `“${edit.source}”`;
  const where =
    `quote ${edit.quoteStart === edit.quoteEnd ? edit.quoteStart : `${edit.quoteStart}–${edit.quoteEnd}`}, ` +
    `clause ${edit.sourceStart === edit.sourceEnd ? edit.sourceStart : `${edit.sourceStart}–${edit.sourceEnd}`}`;
  let what: string;
  if (edit.kind === 'replaced') what = `replaced ${src}→${q}`;
  else if (edit.kind === 'added') what = `added ${q}`;
  else if (edit.kind === 'dropped') what = `dropped ${src}`;
  else if (edit.kind === 'omitted') what = `omitted ${src}${edit.marked ? ` (marked ${q})` : ' (unmarked)'}`;
  else what = `out of order ${q}`;
  const defect = edit.sourceDefect
    ? ` — ${edit.sourceDefect.explains ? 'likely' : 'may be'} our source's fault (${edit.sourceDefect.kind}: ${edit.sourceDefect.note})`
    : '';
  return `${what} at ${where}${defect}`;
}

function describeFidelity(fidelity: Fidelity): string[] {
  const differences = fidelity.differences.length > 0 ? ` (${fidelity.differences.join(', ')})` : '';
  const head = `  fidelity: ${VERDICT_WORDS[fidelity.verdict]}${differences}`;
  if (fidelity.edits.length === 0) return [head];
  if (fidelity.edits.length === 1) return [`${head} — ${describeEdit(fidelity.edits[0] as FidelityEdit)}`];
  return [head, ...fidelity.edits.map((edit) => `    ${describeEdit(edit)}`)];
}

/** The clause with each matched piece in 【】 (several for a quote shortened with an ellipsis). */
function markClause(text: string, spans: Array<{ start: number; end: number }>): string {
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end <= span.start) continue;
    out += `${text.slice(at, span.start)}【${text.slice(span.start, span.end)}】`;
    at = span.end;
  }
  return out + text.slice(at);
}

function describeForPeople(loaded: LoadedIndex, annotation: Annotation, wholeQuote: string | null): string {
  const lines: string[] = [];
  for (const match of annotation.matches) {
    const doc = loaded.documentsById.get(match.docId);
    const clause = loaded.clausesById.get(match.clauseId);
    const kind =
      match.method === 'cross-language'
        ? `cross-language match in ${match.lang}`
        : match.errors === 0
          ? 'exact'
          : 'close match';
    lines.push(`“${match.quote}”`);
    lines.push(`  → ${doc?.shortTitle.zh ?? match.docId} · ${match.label} · score ${match.score.toFixed(2)} (${kind})`);
    // What the quote renders, as fidelity placed it (it may reach past the matcher's span).
    const rendered = match.fidelity.spans.filter((span) => span.clauseId === match.clauseId);
    const inClause =
      rendered.length > 0
        ? rendered
        : match.pieces
            .filter((piece) => piece.clauseId === match.clauseId)
            .map((piece) => ({ start: piece.clauseStart, end: piece.clauseEnd }));
    if (match.rendering && clause?.renderings) {
      // The rendering with the matched words in 【】, then the Chinese original.
      lines.push(`  ${markClause(clause.renderings[match.rendering.lang], match.rendering.spans)}`);
      lines.push(`  (unofficial ${match.rendering.lang === 'en' ? 'English' : 'Russian'} translation; coverage ${match.rendering.coverage.toFixed(2)})`);
      const terms = match.rendering.terms.map((term) => `${match.quote.slice(term.quoteStart, term.quoteEnd)} = ${term.zh}`);
      if (terms.length > 0) lines.push(`  terms: ${terms.join('; ')}`);
    }
    if (clause) lines.push(`  ${markClause(clause.text, inClause)}`);
    lines.push(...describeFidelity(match.fidelity));
    if (match.continuesIn.length > 0) lines.push(`  continues in: ${match.continuesIn.join(', ')}`);
    for (const other of match.candidates.slice(1)) {
      const otherDoc = loaded.documentsById.get(other.docId);
      lines.push(`  also fits: ${otherDoc?.shortTitle.zh ?? other.docId} · ${other.label} · ${other.score.toFixed(2)}`);
    }
    lines.push('');
  }
  if (annotation.matches.length === 0) {
    lines.push(annotation.quotes.length === 0 ? 'No quotes found.' : 'No source clause found.');
    if (wholeQuote !== null) {
      // Say what came closest, so a person can judge a rejected look-up.
      const closest = rankQuote(loaded.matcher, wholeQuote).candidates[0];
      if (closest) {
        lines.push(
          `  closest, not shown on pages: ${closest.label} of ${loaded.documentsById.get(closest.docId)?.shortTitle.zh ?? closest.docId}, score ${closest.score.toFixed(2)}`,
        );
      }
    }
  }
  const unmatched = annotation.quotes.filter(
    (quote) => !annotation.matches.some((match) => match.start <= quote.start && quote.end <= match.end),
  );
  if (wholeQuote === null && annotation.matches.length > 0 && unmatched.length > 0) {
    lines.push(`Quotes without a source clause: ${unmatched.map((quote) => `“${quote.quote}”`).join(' ')}`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Every quote of the input (or the input as one quote) with the evidence, weights and verdict for its best clause. */
function explainText(loaded: LoadedIndex, input: string, whole: boolean): string {
  const spans = whole
    ? [{ quote: input, before: '', after: '' }]
    : findQuotes(input).map((span) => ({ quote: span.quote, before: span.before, after: span.after }));
  const topic = loaded.matcher.evidence.topic.page(input);
  const lines = [
    `page: ${topic.namesDocument ? 'names the documents' : 'does not name the documents'}; ${topic.namesParties ? 'names their parties' : 'does not name every party'}${topic.otherYearsOnly ? '; names only other years' : ''}`,
    '',
  ];
  if (spans.length === 0) lines.push('No quotes found.');
  for (const span of spans) {
    lines.push(`“${span.quote}”`);
    const explained = explainQuote(loaded, span.quote, whole ? { topic } : { before: span.before, after: span.after, topic });
    if (!explained) {
      lines.push('  no clause fits at all (nothing within the search budget)', '');
      continue;
    }
    const doc = loaded.documentsById.get(explained.match.docId);
    lines.push(`  best clause: ${doc?.shortTitle.zh ?? explained.match.docId} · ${explained.match.label} (${explained.match.clauseId})`);
    lines.push(...explainVerdict(explained.verdict).map((line) => `  ${line}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

async function runJsonl(loaded: LoadedIndex): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const input = JSON.parse(line) as { id?: unknown; text?: unknown };
      id = input.id ?? null;
      const result = annotateText(loaded, typeof input.text === 'string' ? input.text : '');
      process.stdout.write(`${JSON.stringify({ id, ...result })}\n`);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ id, matches: [], quotes: [], error: String(error) })}\n`);
    }
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const loaded = readIndex(options.index);
  if (options.jsonl) return runJsonl(loaded);
  const text = options.file
    ? readFileSync(options.file, 'utf8')
    : options.text.length > 0
      ? options.text.join(' ')
      : await readStdin();
  const input = options.quote ? text.trim() : text;
  if (options.explain) {
    process.stdout.write(explainText(loaded, input, options.quote));
    return;
  }
  const annotation = options.quote ? annotateQuote(loaded, input) : annotateText(loaded, input);
  process.stdout.write(
    options.json
      ? `${JSON.stringify(annotation, null, 2)}\n`
      : describeForPeople(loaded, annotation, options.quote ? input : null),
  );
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
