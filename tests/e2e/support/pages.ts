import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClauseIndex } from '../../../lib/index/types';
import type { Route } from './server';

/** Every fixture page under tests/e2e/pages, served at /<name>. */
export function fixturePages(): Record<string, Route> {
  const dir = 'tests/e2e/pages';
  const routes: Record<string, Route> = {};
  for (const name of readdirSync(dir)) routes[`/${name}`] = { body: readFileSync(join(dir, name)) };
  routes['/demo.html'] = { body: readFileSync('data/demo/article.html') };
  return routes;
}

export function readIndex(): ClauseIndex {
  return JSON.parse(readFileSync('data/generated/clause-index.json', 'utf8')) as ClauseIndex;
}

/** The id of the one clause whose text contains `text` (simplified script). */
export function clauseIdContaining(index: ClauseIndex, text: string): string {
  const found = index.clauses.filter((c) => c.text.includes(text));
  if (found.length !== 1) throw new Error(`expected one clause containing ${text}, found ${found.length}`);
  return (found[0] as { id: string }).id;
}
