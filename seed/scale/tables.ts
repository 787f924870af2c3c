/**
 * How often the scale generator draws each vocabulary value (domain/vocabulary.ts). Every value
 * is typed by its vocabulary, so the generator cannot write one the schema does not know.
 */
import {
  MECHANISM,
  MODEL_SYSTEM,
  type EvidenceLevel,
  type EvidenceStatus,
  type InteractionType,
  type Mechanism,
  type ModelSystem,
} from '../../domain/vocabulary.js';

/** A value and its probability; the probabilities of a table sum to 1. */
export type Weighted<T extends string> = readonly (readonly [T, number])[];

/** Mostly preclinical evidence, as in the literature. */
export const LEVELS: Weighted<EvidenceLevel> = [
  ['A', 0.05],
  ['B', 0.15],
  ['C', 0.1],
  ['D', 0.55],
  ['E', 0.15],
];

/** Drawn uniformly; synthetic evidence never claims a clinical trial. */
export const MODELS: readonly ModelSystem[] = MODEL_SYSTEM.values.filter((m) => m !== 'CLINICAL_TRIAL');

export const STATUSES: Weighted<EvidenceStatus> = [
  ['ACCEPTED', 0.9],
  ['SUBMITTED', 0.07],
  ['REJECTED', 0.02],
  ['RETRACTED', 0.01],
];

/** Only actions with a sign (domain/vocabulary.ts gives it). */
export const ACTIONS: Weighted<InteractionType> = [
  ['INHIBITOR', 0.75],
  ['ANTAGONIST', 0.08],
  ['ACTIVATOR', 0.07],
  ['AGONIST', 0.05],
  ['BLOCKER', 0.05],
];

/** Drawn uniformly for gene regulation; ACTIVITY is left to curators. */
export const MECHANISMS: readonly Mechanism[] = MECHANISM.values.filter((m) => m !== 'ACTIVITY');
