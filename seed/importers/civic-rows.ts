/** CIViC's clinical evidence export, row by row: its columns, its header, and one row checked and mapped (domain/civic.ts), or the problem or skip reason with its line. */
import {
  civicClaim,
  civicDirection,
  civicLevel,
  civicProfile,
  civicSignificance,
  type CivicClaim,
  type CivicVariant,
} from '../../domain/civic.js';
import { COMBINATION_TYPE, type EvidenceLevel, type Significance } from '../../domain/vocabulary.js';
import { cell } from './lines.js';

const col = (name: string, required = true) => ({ names: [name], required });
export const CIVIC_COLUMNS = {
  profile: col('molecular_profile'),
  profileId: col('molecular_profile_id', false),
  disease: col('disease'),
  doid: col('doid'),
  phenotypes: col('phenotypes', false),
  therapies: col('therapies'),
  interaction: col('therapy_interaction_type'),
  evidenceType: col('evidence_type'),
  direction: col('evidence_direction'),
  level: col('evidence_level'),
  significance: col('significance'),
  statement: col('evidence_statement'),
  citationId: col('citation_id'),
  sourceType: col('source_type'),
  ascoId: col('asco_abstract_id', false),
  citation: col('citation', false),
  nctIds: col('nct_ids', false),
  rating: col('rating'),
  status: col('evidence_status'),
  evidenceId: col('evidence_id'),
  origin: col('variant_origin', false),
  reviewed: col('last_review_date', false),
  url: col('evidence_civic_url', false),
  profileUrl: col('molecular_profile_civic_url', false),
  flagged: col('is_flagged', false),
};
export type Col = keyof typeof CIVIC_COLUMNS;

/** Whether a TSV header line is CIViC's clinical evidence export (for `import -- all`). */
export function isCivicHeader(line: string): boolean {
  const cells = new Set(line.split('\t').map((c) => c.trim().toLowerCase()));
  return Object.values(CIVIC_COLUMNS).every((c) => !c.required || c.names.some((n) => cells.has(n)));
}

export interface Row {
  line: number;
  evidenceId: string;
  variants: CivicVariant[];
  claim: CivicClaim;
  therapies: string[];
  interaction: 'COMBINATION' | 'SEQUENTIAL' | 'SUBSTITUTES' | null;
  doid: string;
  disease: string;
  direction: 'SUPPORTS' | 'REFUTES';
  level: EvidenceLevel;
  rating: number;
  status: 'ACCEPTED' | 'SUBMITTED';
  get: (c: Col) => string;
}

export interface CivicOptions {
  /** Load submitted (not yet accepted) rows too, as SUBMITTED evidence that never counts toward belief. */
  includeSubmitted?: boolean;
}

export const slug = (s: string) => s.toUpperCase().replace(/[^A-Z0-9-]+/g, '_');

export function parseRow(
  n: number,
  cells: string[],
  index: Record<Col, number>,
  opts: CivicOptions,
  problems: string[],
  skipped: string[],
): Row | null {
  const get = (c: Col) => cell(cells, index[c]);
  const bad = (m: string) => problems.push(`line ${n}: ${m}`);
  const before = problems.length;
  const evidenceId = get('evidenceId');
  if (!/^\d+$/.test(evidenceId)) bad(`evidence_id ${JSON.stringify(evidenceId)} is not a number`);
  const status = get('status').toLowerCase();
  if (!['accepted', 'submitted', 'rejected'].includes(status))
    bad(`evidence_status ${JSON.stringify(get('status'))} is not accepted, submitted or rejected`);
  const direction = civicDirection(get('direction'));
  if (!direction) bad(`evidence_direction ${JSON.stringify(get('direction'))} is not Supports or Does Not Support`);
  const level = civicLevel(get('level'));
  if (!level) bad(`evidence_level ${JSON.stringify(get('level'))} is not A–E`);
  const ratingText = get('rating');
  const rating = Number(ratingText);
  if (ratingText && !(Number.isInteger(rating) && rating >= 1 && rating <= 5))
    bad(`rating ${JSON.stringify(ratingText)} is not 1–5`);
  const doid = get('doid');
  if (doid && !/^\d+$/.test(doid)) bad(`doid ${JSON.stringify(doid)} is not a number`);
  const sourceType = get('sourceType').toLowerCase();
  if (sourceType === 'pubmed' && !/^\d{1,9}$/.test(get('citationId')))
    bad(`citation_id ${JSON.stringify(get('citationId'))} is not a PubMed id`);
  const significance = civicSignificance(get('evidenceType'), get('significance'));
  if (significance && typeof significance === 'object') bad(significance.problem);
  const interactionText = get('interaction').toUpperCase();
  if (interactionText && !COMBINATION_TYPE.has(interactionText))
    bad(`therapy_interaction_type ${JSON.stringify(get('interaction'))} is not Combination, Sequential or Substitutes`);
  if (problems.length > before) return null;
  if (status === 'rejected' || (status === 'submitted' && !opts.includeSubmitted)) {
    skipped.push(
      `line ${n}: evidence_status ${status}${status === 'submitted' ? ' (load with --include-submitted)' : ''}`,
    );
    return null;
  }
  if (!ratingText) {
    skipped.push(`line ${n}: no rating (every evidence record needs one to weigh it)`);
    return null;
  }
  const variants = civicProfile(get('profile'));
  if ('problem' in variants) {
    skipped.push(`line ${n}: ${variants.problem}`);
    return null;
  }
  const claim = civicClaim(get('evidenceType'), significance as Significance | null);
  if ('skip' in claim) {
    skipped.push(`line ${n}: ${claim.skip}`);
    return null;
  }
  const therapies = get('therapies')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (claim.object === 'THERAPY' && therapies.length === 0) {
    bad('a predictive row names no therapy');
    return null;
  }
  if (claim.object === 'DISEASE' && !doid) {
    skipped.push(`line ${n}: ${claim.predicate} needs a disease and the row has no doid`);
    return null;
  }
  const interaction = therapies.length > 1 ? ((interactionText || 'COMBINATION') as Row['interaction']) : null;
  return {
    line: n,
    evidenceId,
    variants,
    claim,
    therapies,
    interaction,
    doid,
    disease: get('disease'),
    direction: direction!,
    level: level!,
    rating,
    status: status === 'accepted' ? 'ACCEPTED' : 'SUBMITTED',
    get,
  };
}
