/**
 * npm run index -- [--sources DIR] [--meta FILE] [--out FILE] [--report]
 *                   [--translations DIR] [--glossary FILE] [--evidence DIR]
 *
 * Builds data/generated/clause-index.json from the raw sources and the
 * document metadata, with the clause renderings (DIR/en.json, DIR/ru.json) and
 * the glossary. Those default to `translations/` and `glossary.json` beside the
 * metadata file, and are left out only when neither exists there. Malformed input is reported as `file:line: message`
 * on stderr with exit code 1.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildIndex } from '../lib/index/build';
import { readEvidenceInput } from './evidence-sources';
import { MetadataError } from '../lib/index/metadata';
import { formatReport } from '../lib/index/report';
import { SourceError } from '../lib/source/errors';
import { firstInvalidUtf8 } from '../lib/source/utf8';
import { RENDERING_LANGS, type TranslationInput } from '../lib/translations/build';

interface Options {
  sources: string;
  meta: string;
  out: string;
  report: boolean;
  translations?: string;
  glossary?: string;
  /** Folder holding evidence/cues.json and evidence/model.json (default data). */
  evidence?: string;
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
    else if (arg === '--translations') options.translations = value();
    else if (arg === '--glossary') options.glossary = value();
    else if (arg === '--evidence') options.evidence = value();
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

/**
 * The renderings and glossary to validate: the ones named on the command line,
 * or those beside the metadata file. Fails when a named one is missing.
 */
function readTranslations(options: Options): TranslationInput | undefined {
  const dir = options.translations ?? join(dirname(options.meta), 'translations');
  const glossaryPath = options.glossary ?? join(dirname(options.meta), 'glossary.json');
  const explicit = options.translations !== undefined || options.glossary !== undefined;
  const haveDir = existsSync(dir) && statSync(dir).isDirectory();
  if (!haveDir && !existsSync(glossaryPath) && !explicit) return undefined;
  if (!haveDir) throw new SourceError(displayPath(dir), 1, 'no translations folder (expected en.json and ru.json in it)');
  const renderings = RENDERING_LANGS.map((lang) => {
    const path = join(dir, `${lang}.json`);
    if (!existsSync(path)) throw new SourceError(displayPath(path), 1, `missing: every clause needs a rendering in ${lang}`);
    return { file: displayPath(path), lang, text: readUtf8(path).text };
  });
  const glossary = existsSync(glossaryPath)
    ? { file: displayPath(glossaryPath), text: readUtf8(glossaryPath).text }
    : undefined;
  if (!glossary && options.glossary !== undefined) throw new SourceError(displayPath(glossaryPath), 1, 'no such glossary file');
  return { renderings, ...(glossary ? { glossary } : {}) };
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
  const translations = readTranslations(options);
  const index = buildIndex({
    sources,
    metadata: { file: displayPath(options.meta), text: metadataText },
    ...(translations ? { translations } : {}),
    evidence: readEvidenceInput(options.evidence),
  });
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(index)}\n`);
  const elapsed = performance.now() - started;
  if (options.report) {
    console.log(formatReport(index, elapsed, new Map(sources.map((source) => [source.file, source.text]))));
  } else {
    console.log(
      `${displayPath(options.out)}: ${index.documents.length} documents, ${index.clauses.length} clauses, ${index.excluded.length} exclusions${translations ? `, renderings in ${RENDERING_LANGS.join(' and ')}, ${index.glossary?.length ?? 0} glossary terms` : ''} (${elapsed.toFixed(0)} ms)`,
    );
  }
}

try {
  main();
} catch (error) {
  if (error instanceof SourceError || error instanceof MetadataError) {
    process.stderr.write(`${error.message}\n`);
  } else if (error instanceof UsageError) {
    process.stderr.write(`scripts/build-index.ts:1: ${error.message}\nusage: npm run index -- [--sources DIR] [--meta FILE] [--out FILE] [--report] [--translations DIR] [--glossary FILE] [--evidence DIR]\n`);
  } else {
    process.stderr.write(`scripts/build-index.ts:1: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exitCode = 1;
}
