import type { Normalizer } from '../../text/normalize';
import { EVIDENCE_DATA_VERSION, type EvidenceData, type EvidenceModel } from './data';
import { createSpecificity, type Specificity } from './specificity';
import { bigrams, buildUnitIndex, type UnitIndex } from './surround';
import { createTopicReader, type TopicReader } from './topic';

/** The evidence model of one loaded index, ready to judge quotes. */
export interface EvidenceRuntime {
  readonly model: EvidenceModel;
  readonly topic: TopicReader;
  readonly specificity: Specificity;
  /** Character pairs of each clause's matching form, in index order. */
  readonly chineseUnits: UnitIndex;
}

export class EvidenceDataError extends Error {}

/** Throws EvidenceDataError when the index carries no usable evidence data. */
export function createEvidenceRuntime(
  data: unknown,
  normalizer: Normalizer,
  clauseForms: ReadonlyArray<string>,
): EvidenceRuntime {
  const evidence = data as Partial<EvidenceData> | undefined;
  if (!evidence || evidence.version !== EVIDENCE_DATA_VERSION || !evidence.model || !evidence.frequency || !evidence.topic || !evidence.cues) {
    throw new EvidenceDataError('the index has no evidence model of this version: rebuild it (npm run index)');
  }
  const full = evidence as EvidenceData;
  return {
    model: full.model,
    topic: createTopicReader(normalizer, full),
    specificity: createSpecificity(full.frequency),
    chineseUnits: buildUnitIndex(clauseForms.map((form) => bigrams(form))),
  };
}
