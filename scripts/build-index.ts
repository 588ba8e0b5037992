/**
 * npm run index -- [--sources DIR] [--meta FILE] [--out FILE] [--report]
 *
 * Builds data/generated/clause-index.json from the raw sources and the
 * document metadata. Malformed input is reported as `file:line: message`
 * on stderr with exit code 1.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildIndex } from '../lib/index/build';
import { MetadataError } from '../lib/index/metadata';
import { formatReport } from '../lib/index/report';
import { SourceError } from '../lib/source/errors';
import { firstInvalidUtf8 } from '../lib/source/utf8';

interface Options {
  sources: string;
  meta: string;
  out: string;
  report: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    sources: 'data/sources',
    meta: 'data/documents.json',
    out: 'data/generated/clause-index.json',
    report: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--sources') options.sources = value();
    else if (arg === '--meta') options.meta = value();
    else if (arg === '--out') options.out = value();
    else if (arg === '--report') options.report = true;
    else throw new UsageError(`unknown argument ${arg}`);
  }
  return options;
}

/** A path as spans name it: relative to the working directory, with forward slashes. */
const displayPath = (path: string): string => relative(process.cwd(), path).split(sep).join('/');

function readUtf8(path: string): { text: string; bytes: Buffer } {
  const bytes = readFileSync(path);
  try {
    // ignoreBOM keeps a BOM as a character, so offsets stay offsets into the raw file.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), bytes };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new SourceError(displayPath(path), bad?.line ?? 1, `not UTF-8 (invalid byte at offset ${bad?.offset ?? 0})`);
  }
}

function main(): void {
  const started = performance.now();
  const options = parseArgs(process.argv.slice(2));
  let names: string[];
  try {
    names = readdirSync(options.sources)
      .filter((name) => name.endsWith('.txt'))
      .sort();
  } catch {
    throw new SourceError(displayPath(options.sources), 1, 'cannot read the sources folder');
  }
  if (names.length === 0) throw new SourceError(displayPath(options.sources), 1, 'no .txt source files in the folder');
  const sources = names.map((name) => {
    const path = join(options.sources, name);
    const { text, bytes } = readUtf8(path);
    return { file: displayPath(path), text, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  let metadataText: string;
  try {
    metadataText = readUtf8(options.meta).text;
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new MetadataError(displayPath(options.meta), 1, '', 'cannot read the metadata file');
  }
  const index = buildIndex({ sources, metadata: { file: displayPath(options.meta), text: metadataText } });
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(index)}\n`);
  const elapsed = performance.now() - started;
  if (options.report) {
    console.log(formatReport(index, elapsed, new Map(sources.map((source) => [source.file, source.text]))));
  } else {
    console.log(
      `${displayPath(options.out)}: ${index.documents.length} documents, ${index.clauses.length} clauses, ${index.excluded.length} exclusions (${elapsed.toFixed(0)} ms)`,
    );
  }
}

try {
  main();
} catch (error) {
  if (error instanceof SourceError || error instanceof MetadataError) {
    process.stderr.write(`${error.message}\n`);
  } else if (error instanceof UsageError) {
    process.stderr.write(`scripts/build-index.ts:1: ${error.message}\nusage: npm run index -- [--sources DIR] [--meta FILE] [--out FILE] [--report]\n`);
  } else {
    process.stderr.write(`scripts/build-index.ts:1: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exitCode = 1;
}
