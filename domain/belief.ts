/**
 * Evidence weight and statement belief. Pure functions; docs/ranking.md explains them.
 *
 * weight(e) = LEVEL_WEIGHT[level] × MODEL_FACTOR[modelSystem] × RATING_FACTOR[rating]
 * support   = 1 − Π(1 − wᵢ) over ACCEPTED evidence that SUPPORTS the statement
 * refutation= 1 − Π(1 − wⱼ) over ACCEPTED evidence that REFUTES it
 * belief    = support × (1 − refutation)
 *
 * So each new independent support raises belief with diminishing returns, each refutation lowers
 * it, and evidence that is not ACCEPTED (SUBMITTED, REJECTED, RETRACTED) changes nothing.
 */
import type { Direction, EvidenceLevel, EvidenceStatus, ModelSystem } from './vocabulary.js';

export interface WeightTable {
  level: Record<EvidenceLevel, number>;
  modelSystem: Record<ModelSystem, number>;
  /** Index 1..5. */
  rating: Record<1 | 2 | 3 | 4 | 5, number>;
}

/** The default table (CIViC levels A–E; closer-to-patient systems weigh more). */
export const DEFAULT_WEIGHTS: WeightTable = {
  level: { A: 0.9, B: 0.7, C: 0.5, D: 0.4, E: 0.2 },
  modelSystem: {
    CLINICAL_TRIAL: 1.0,
    PATIENT_COHORT: 0.95,
    XENOGRAFT: 0.9,
    ORGANOID: 0.9,
    SINGLE_CELL: 0.85,
    CELL_LINE: 0.8,
    COMPUTATIONAL: 0.5,
  },
  rating: { 1: 0.6, 2: 0.7, 3: 0.8, 4: 0.9, 5: 1.0 },
};

export interface WeighableEvidence {
  level: EvidenceLevel;
  modelSystem: ModelSystem;
  rating: number;
  direction: Direction;
  status: EvidenceStatus;
}

export function evidenceWeight(
  e: Pick<WeighableEvidence, 'level' | 'modelSystem' | 'rating'>,
  table = DEFAULT_WEIGHTS,
): number {
  const rating = Math.min(5, Math.max(1, Math.round(e.rating))) as 1 | 2 | 3 | 4 | 5;
  const w = table.level[e.level] * table.modelSystem[e.modelSystem] * table.rating[rating];
  if (!Number.isFinite(w)) throw new Error(`no weight for level ${e.level} / model system ${e.modelSystem}`);
  return round(Math.min(0.99, Math.max(0, w)));
}

function noisyOr(weights: number[]): number {
  return 1 - weights.reduce((acc, w) => acc * (1 - w), 1);
}

/** Belief in [0, 1] from a statement's evidence; only ACCEPTED evidence counts. */
export function statementBelief(evidence: WeighableEvidence[], table = DEFAULT_WEIGHTS): number {
  const accepted = evidence.filter((e) => e.status === 'ACCEPTED');
  const support = noisyOr(accepted.filter((e) => e.direction === 'SUPPORTS').map((e) => evidenceWeight(e, table)));
  const refute = noisyOr(accepted.filter((e) => e.direction === 'REFUTES').map((e) => evidenceWeight(e, table)));
  return round(support * (1 - refute));
}

/**
 * Whether a statement belongs to the traversal graph (its projected relationship exists, so paths,
 * neighbourhoods, degrees and edge lists see it): structural statements always; others while at
 * least one of their evidence records is ACCEPTED or still SUBMITTED for review. A statement whose
 * every evidence record was REJECTED or RETRACTED leaves the traversal graph (it stays readable by
 * id, with its history) and comes back when new evidence is submitted or accepted. A statement
 * with no evidence at all (imported without any) stays.
 */
export function inTraversalGraph(structural: boolean, statuses: readonly EvidenceStatus[]): boolean {
  if (structural || statuses.length === 0) return true;
  return statuses.some((s) => s === 'ACCEPTED' || s === 'SUBMITTED');
}

/**
 * What belief recomputation (db/belief.repo.ts) writes for a structural statement without evidence:
 * it holds by definition (belief 1) and is in the traversal graph. A structural statement created
 * with these on the statement and its projected relationship (a new variant's VARIANT_OF) needs no
 * recomputation.
 */
export function definitionalBelief() {
  const belief = 1;
  return {
    statement: { belief, evidenceCount: 0, acceptedCount: 0, inTraversalGraph: inTraversalGraph(true, []) },
    edge: { belief, evidenceCount: 0 },
  };
}

/** Rounds to 6 decimals so stored beliefs compare exactly across runs. */
export function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
