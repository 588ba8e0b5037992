import { type EvidenceModel, FEATURE_NAMES, type FeatureName, type Features } from './data';

/** One feature's part in a decision: its value, its weight, and their product in the score. */
export interface Contribution {
  feature: FeatureName;
  value: number;
  weight: number;
  part: number;
}

export interface Verdict {
  /** Probability that the clause is the quote's source, 0–1. */
  probability: number;
  accepted: boolean;
  threshold: number;
  /** Largest parts first. */
  contributions: Contribution[];
  bias: number;
  /** The fixed prior for long exact matches, in log-odds. */
  chance: number;
}

export function featureVector(features: Features, names: ReadonlyArray<FeatureName> = FEATURE_NAMES): number[] {
  return names.map((name) => features[name]);
}

export function logit(model: EvidenceModel, features: Features): number {
  let z = model.bias + features.chance;
  model.features.forEach((name, i) => {
    z += (model.weights[i] ?? 0) * features[name];
  });
  return z;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function judge(model: EvidenceModel, features: Features): Verdict {
  const probability = sigmoid(logit(model, features));
  const threshold = features.cross === 1 ? model.crossThreshold : model.threshold;
  const contributions = model.features
    .map((feature, i) => {
      const weight = model.weights[i] ?? 0;
      const value = features[feature];
      return { feature, value, weight, part: weight * value };
    })
    .filter((c) => c.part !== 0)
    .sort((a, b) => Math.abs(b.part) - Math.abs(a.part));
  return { probability, accepted: probability >= threshold, threshold, contributions, bias: model.bias, chance: features.chance };
}
