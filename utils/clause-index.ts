import type { ClauseIndex } from '../lib/index/types';
import indexJson from '../data/generated/clause-index.json';

/** The bundled index, for extension pages (popup, options, document page, background). */
export const clauseIndex = indexJson as unknown as ClauseIndex;
