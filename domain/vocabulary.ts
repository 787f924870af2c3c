/** The closed predicate vocabulary (docs/graph.md) with its Biolink mapping and sign rules. */
export const PREDICATES = {
  TARGETS: { biolink: 'biolink:affects', subjects: ['DRUG'], signFixed: null },
  REGULATES: {
    biolink: 'biolink:regulates',
    subjects: ['GENE', 'GENE_FAMILY', 'MIRNA', 'DRUG', 'PROCESS'],
    signFixed: null,
  },
  PARTICIPATES_IN: { biolink: 'biolink:participates_in', subjects: ['GENE', 'GENE_FAMILY', 'MIRNA'], signFixed: 1 },
  CONFERS_RESISTANCE_TO: {
    biolink: 'biolink:contributes_to',
    subjects: ['GENE', 'GENE_FAMILY', 'MIRNA', 'PROCESS'],
    signFixed: 1,
  },
  SENSITIZES_TO: {
    biolink: 'biolink:affects_response_to',
    subjects: ['GENE', 'GENE_FAMILY', 'MIRNA', 'PROCESS', 'DRUG'],
    signFixed: 1,
  },
  BIOMARKER_OF: {
    biolink: 'biolink:biomarker_for',
    subjects: ['GENE', 'GENE_FAMILY', 'MIRNA', 'PROCESS'],
    signFixed: null,
  },
  ASSOCIATED_WITH: { biolink: 'biolink:associated_with', subjects: null, signFixed: null },
  MEMBER_OF: { biolink: 'biolink:member_of', subjects: null, signFixed: 1 },
  OVERCOMES_RESISTANCE_TO: { biolink: 'biolink:affects_response_to', subjects: ['COMBINATION'], signFixed: 1 },
  SYNERGIZES_WITH: { biolink: 'biolink:interacts_with', subjects: ['COMBINATION', 'DRUG'], signFixed: 1 },
} as const;

export type Predicate = keyof typeof PREDICATES;
export const PREDICATE_NAMES = Object.keys(PREDICATES) as Predicate[];

export function isPredicate(p: string): p is Predicate {
  return Object.prototype.hasOwnProperty.call(PREDICATES, p);
}

/** Agent actions on a target (TARGETS); the sign of the edge follows from the action. */
export const INTERACTION_SIGN = {
  INHIBITOR: -1,
  ANTAGONIST: -1,
  BLOCKER: -1,
  ACTIVATOR: 1,
  AGONIST: 1,
  BINDER: null,
  MODULATOR: null,
  UNKNOWN: null,
} as const;
export type InteractionType = keyof typeof INTERACTION_SIGN;

/** Why a (predicate, interactionType, sign) triple is inconsistent, or null when it is fine. */
export function signProblem(predicate: Predicate, sign: number, interactionType?: string | null): string | null {
  if (sign !== 1 && sign !== -1) return `sign must be 1 or -1, got ${sign}`;
  const fixed = PREDICATES[predicate].signFixed;
  if (fixed !== null && sign !== fixed) return `${predicate} always has sign ${fixed}`;
  if (predicate === 'TARGETS') {
    if (!interactionType) return 'TARGETS needs an interactionType';
    if (!(interactionType in INTERACTION_SIGN)) return `unknown interactionType ${interactionType}`;
    const implied = INTERACTION_SIGN[interactionType as InteractionType];
    if (implied !== null && implied !== sign) return `interactionType ${interactionType} implies sign ${implied}`;
  } else if (interactionType) {
    return `interactionType applies only to TARGETS`;
  }
  return null;
}
