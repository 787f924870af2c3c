/**
 * The closed vocabularies of the graph (docs/graph.md): the one place each value, its description and
 * its rules are written. The GraphQL enums (schema/enums.ts), curation validation
 * (domain/validation.ts), the seed's types and checks (seed/types.ts, seed/files.ts), the
 * migrations and Cypher whitelists (db/) and the generators' tables (seed/scale/) all derive from
 * these tables. Values are stored in the database exactly as written here: upper case.
 */

/** One value of a vocabulary: its description (shown in GraphiQL) and any rules attached to it. */
export interface Term {
  readonly description: string;
}

/** A closed vocabulary: its GraphQL enum name and description, and its values in order. */
export interface Vocabulary<V extends string = string, T extends Term = Term> {
  readonly name: string;
  readonly description: string;
  readonly terms: Readonly<Record<V, T>>;
  readonly values: readonly V[];
  /** Whether a value (from a file, a request or the database) belongs to the vocabulary. */
  has(value: unknown): value is V;
}

/** A value of a vocabulary. */
export type ValueOf<Voc> = Voc extends Vocabulary<infer V, Term> ? V : never;

function vocabulary<const R extends Record<string, Term>>(
  name: string,
  description: string,
  terms: R,
): Vocabulary<keyof R & string, R[keyof R]> {
  const values = Object.keys(terms) as (keyof R & string)[];
  const set = new Set<unknown>(values);
  return { name, description, terms, values, has: (v: unknown): v is keyof R & string => set.has(v) };
}

/** Adds a description made from each term's own rules (for tables whose text follows a pattern). */
function describe<const R extends Record<string, object>>(
  terms: R,
  text: (value: string, term: R[keyof R]) => string,
): { [K in keyof R]: R[K] & Term } {
  return Object.fromEntries(
    Object.entries(terms).map(([k, t]) => [k, { ...t, description: text(k, t as R[keyof R]) }]),
  ) as { [K in keyof R]: R[K] & Term };
}

/**
 * Node kinds: the Neo4j label each is stored under and its Biolink category (the KGX export's; the
 * graph's own records are never exported as nodes, their categories say what they are).
 */
export const NODE_KIND = vocabulary('NodeKind', 'What kind of node (entity, publication or record) a Node is.', {
  GENE: { label: 'Gene', biolink: 'biolink:Gene', description: 'A human gene (HGNC).' },
  GENE_FAMILY: {
    label: 'GeneFamily',
    biolink: 'biolink:GeneFamily',
    description: 'A group of genes where a source does not say which member is meant (e.g. AMPKα).',
  },
  MIRNA: { label: 'MiRNA', biolink: 'biolink:MicroRNA', description: 'A mature microRNA (miRBase MIMAT).' },
  DRUG: {
    label: 'Drug',
    biolink: 'biolink:Drug',
    description: 'A drug or other agent: small molecule, antibody, siRNA, miRNA mimic.',
  },
  DRUG_CLASS: {
    label: 'DrugClass',
    biolink: 'biolink:ChemicalEntity',
    description: 'A class of drugs; statements about a class apply to its members.',
  },
  PATHWAY: { label: 'Pathway', biolink: 'biolink:Pathway', description: 'A pathway (Reactome, KEGG).' },
  PROCESS: {
    label: 'Process',
    biolink: 'biolink:BiologicalProcess',
    description: 'A biological process or phenotype (GO, or project-defined such as dormancy).',
  },
  DISEASE: { label: 'Disease', biolink: 'biolink:Disease', description: 'A disease (MONDO).' },
  CELL_LINE: { label: 'CellLine', biolink: 'biolink:CellLine', description: 'A cell line (Cellosaurus).' },
  COMBINATION: {
    label: 'Combination',
    biolink: 'biolink:ChemicalMixture',
    description: 'A combination of agents with evidence about it.',
  },
  PUBLICATION: {
    label: 'Publication',
    biolink: 'biolink:Publication',
    description: 'A publication or other cited source.',
  },
  VARIANT: {
    label: 'Variant',
    biolink: 'biolink:SequenceVariant',
    description:
      'A specific alteration of a gene (EGFR p.Thr790Met), linked to its gene by VARIANT_OF; statements about it hold for tumours that carry it and are never promoted to the gene.',
  },
  // The graph's own records: not entities (no names to search), but Relay nodes with stable ids.
  STATEMENT: {
    label: 'Statement',
    biolink: 'biolink:Association',
    description: 'A statement: an assertion with its evidence (not an entity).',
  },
  EVIDENCE: {
    label: 'Evidence',
    biolink: 'biolink:InformationContentEntity',
    description: 'One piece of evidence for or against a statement (not an entity).',
  },
  COHORT: { label: 'Cohort', biolink: 'biolink:Cohort', description: 'A cohort of patients (not an entity).' },
  PATIENT: { label: 'Patient', biolink: 'biolink:Case', description: 'A patient of a cohort (not an entity).' },
  SAMPLE: { label: 'Sample', biolink: 'biolink:MaterialSample', description: 'A sample of a patient (not an entity).' },
});
export type NodeKind = ValueOf<typeof NODE_KIND>;
/** The Neo4j label a kind is stored under. */
export type NodeLabel = (typeof NODE_KIND.terms)[NodeKind]['label'];

const BIOLOGICAL = ['GENE', 'GENE_FAMILY', 'MIRNA', 'PROCESS'] as const;
/** Subjects of the predictive predicates: biological entities and the variants of genes. */
const PREDICTIVE = [...BIOLOGICAL, 'VARIANT'] as const;

/** Statement predicates: Biolink mapping, allowed subject kinds (null: any) and the sign if fixed. */
export const PREDICATE = vocabulary(
  'Predicate',
  'The closed vocabulary of statement predicates (each with a Biolink mapping).',
  describe(
    {
      TARGETS: { biolink: 'biolink:affects', subjects: ['DRUG'], signFixed: null },
      REGULATES: { biolink: 'biolink:regulates', subjects: [...BIOLOGICAL, 'DRUG'], signFixed: null },
      PARTICIPATES_IN: { biolink: 'biolink:participates_in', subjects: ['GENE', 'GENE_FAMILY', 'MIRNA'], signFixed: 1 },
      CONFERS_RESISTANCE_TO: { biolink: 'biolink:contributes_to', subjects: PREDICTIVE, signFixed: 1 },
      SENSITIZES_TO: { biolink: 'biolink:increases_sensitivity_to', subjects: [...PREDICTIVE, 'DRUG'], signFixed: 1 },
      BIOMARKER_OF: { biolink: 'biolink:biomarker_for', subjects: PREDICTIVE, signFixed: null },
      ASSOCIATED_WITH: { biolink: 'biolink:associated_with', subjects: null, signFixed: null },
      MEMBER_OF: { biolink: 'biolink:member_of', subjects: null, signFixed: 1 },
      OVERCOMES_RESISTANCE_TO: { biolink: 'biolink:affects_sensitivity_to', subjects: ['COMBINATION'], signFixed: 1 },
      SYNERGIZES_WITH: { biolink: 'biolink:interacts_with', subjects: ['COMBINATION', 'DRUG'], signFixed: 1 },
      VARIANT_OF: { biolink: 'biolink:is_sequence_variant_of', subjects: ['VARIANT'], signFixed: 1 },
    } as const,
    (_, t) => `Maps to ${t.biolink}.`,
  ),
);
export type Predicate = ValueOf<typeof PREDICATE>;
export const PREDICATE_NAMES: readonly Predicate[] = PREDICATE.values;
export const isPredicate = PREDICATE.has;

/**
 * Agent actions on a target (TARGETS); the sign of the edge follows from the action. null: the action
 * implies none, so the statement states it (-1, +1, or 0 when the direction is unknown). Sign 0 never
 * counts as inhibition or activation (docs/ranking.md).
 */
export const INTERACTION_TYPE = vocabulary(
  'InteractionType',
  'How an agent acts on its target; inhibitors, antagonists and blockers have sign -1, activators and agonists +1, UNKNOWN 0 (direction unknown); binders and modulators take the sign their statement states.',
  describe(
    {
      INHIBITOR: { sign: -1 },
      ANTAGONIST: { sign: -1 },
      BLOCKER: { sign: -1 },
      ACTIVATOR: { sign: 1 },
      AGONIST: { sign: 1 },
      BINDER: { sign: null },
      MODULATOR: { sign: null },
      UNKNOWN: { sign: 0 },
    } as const,
    (k, t) =>
      t.sign === 0
        ? 'The source does not say how the agent acts on the target: direction unknown (sign 0), never counted as inhibition.'
        : `The agent is a(n) ${k.toLowerCase()} of the target.`,
  ),
);
export type InteractionType = ValueOf<typeof INTERACTION_TYPE>;

/** How a regulator acts (REGULATES statements). */
export const MECHANISM = vocabulary('Mechanism', 'How a regulator acts on what it regulates (REGULATES).', {
  EXPRESSION: { description: 'Changes the expression (transcript or protein level) of its target.' },
  PHOSPHORYLATION: { description: 'Phosphorylates or dephosphorylates its target.' },
  BINDING: { description: 'Binds its target directly (e.g. a miRNA binding a 3′ UTR).' },
  ACTIVITY: { description: 'Changes the activity of its target by another or unspecified route.' },
  UNKNOWN: { description: 'The source does not say how (kept visible rather than guessed).' },
});
export type Mechanism = ValueOf<typeof MECHANISM>;

/** How the agents of a Combination are given. */
export const COMBINATION_TYPE = vocabulary('CombinationType', 'How the agents of a combination are given.', {
  COMBINATION: { description: 'Given together.' },
  SEQUENTIAL: { description: 'Given one after the other.' },
  SUBSTITUTES: { description: 'One agent replaces the other.' },
});
export type CombinationType = ValueOf<typeof COMBINATION_TYPE>;

export const EVIDENCE_LEVEL = vocabulary('EvidenceLevel', 'CIViC evidence level.', {
  A: { description: 'Validated association.' },
  B: { description: 'Clinical evidence or patient data.' },
  C: { description: 'Case study.' },
  D: { description: 'Preclinical evidence.' },
  E: { description: 'Inferential association.' },
});
export type EvidenceLevel = ValueOf<typeof EVIDENCE_LEVEL>;

export const MODEL_SYSTEM = vocabulary(
  'ModelSystem',
  'The experimental system the evidence comes from.',
  describe(
    {
      CELL_LINE: {},
      ORGANOID: {},
      XENOGRAFT: {},
      PATIENT_COHORT: {},
      SINGLE_CELL: {},
      CLINICAL_TRIAL: {},
      COMPUTATIONAL: {},
    },
    (k) => `Evidence from ${k.toLowerCase().replace('_', ' ')} data.`,
  ),
);
export type ModelSystem = ValueOf<typeof MODEL_SYSTEM>;

export const DIRECTION = vocabulary('Direction', 'Whether evidence supports or refutes its statement.', {
  SUPPORTS: { description: 'The evidence supports the statement.' },
  REFUTES: { description: 'The evidence refutes the statement.' },
});
export type Direction = ValueOf<typeof DIRECTION>;

export const EVIDENCE_STATUS = vocabulary(
  'EvidenceStatus',
  'Curation status; only ACCEPTED evidence counts toward belief.',
  {
    SUBMITTED: { description: 'Awaiting editor review; does not count toward belief.' },
    ACCEPTED: { description: 'Reviewed and accepted; counts toward belief.' },
    REJECTED: { description: 'Reviewed and rejected, with a comment.' },
    RETRACTED: { description: 'Withdrawn after acceptance; kept for history, no longer counts.' },
  },
);
export type EvidenceStatus = ValueOf<typeof EVIDENCE_STATUS>;

/**
 * What the evidence shows: CIViC's closed significance values (civic-docs, model/evidence/significance),
 * each with the exact word of CIViC's export (`civic`) and the evidence types it belongs to, plus one
 * project term, MECHANISTIC, for curated evidence that explains a mechanism without a clinical claim.
 */
export const SIGNIFICANCE = vocabulary(
  'Significance',
  "What the evidence shows (CIViC's significance values; which apply depends on the evidence type).",
  {
    SENSITIVITY_RESPONSE: {
      civic: 'Sensitivity/Response',
      evidenceTypes: ['PREDICTIVE'],
      description: 'Associated with a clinical or preclinical response to the therapy.',
    },
    REDUCED_SENSITIVITY: {
      civic: 'Reduced Sensitivity',
      evidenceTypes: ['PREDICTIVE'],
      description: 'Response to the therapy is lower than in other treatment contexts.',
    },
    RESISTANCE: {
      civic: 'Resistance',
      evidenceTypes: ['PREDICTIVE'],
      description: 'Associated with clinical or preclinical resistance to the therapy.',
    },
    ADVERSE_RESPONSE: {
      civic: 'Adverse Response',
      evidenceTypes: ['PREDICTIVE'],
      description: 'Associated with an adverse response (toxicity) to the therapy.',
    },
    BETTER_OUTCOME: {
      civic: 'Better Outcome',
      evidenceTypes: ['PROGNOSTIC'],
      description: 'Better than expected clinical outcome.',
    },
    POOR_OUTCOME: {
      civic: 'Poor Outcome',
      evidenceTypes: ['PROGNOSTIC'],
      description: 'Worse than expected clinical outcome.',
    },
    POSITIVE: {
      civic: 'Positive',
      evidenceTypes: ['DIAGNOSTIC'],
      description: 'Associated with diagnosis of the disease or subtype.',
    },
    NEGATIVE: {
      civic: 'Negative',
      evidenceTypes: ['DIAGNOSTIC'],
      description: 'Associated with lack of the disease or subtype.',
    },
    PREDISPOSITION: {
      civic: 'Predisposition',
      evidenceTypes: ['PREDISPOSING'],
      description: 'A germline variant that predisposes to cancer.',
    },
    ONCOGENICITY: {
      civic: 'Oncogenicity',
      evidenceTypes: ['ONCOGENIC'],
      description: 'A somatic variant with oncogenic potential.',
    },
    PROTECTIVENESS: {
      civic: 'Protectiveness',
      evidenceTypes: ['PREDISPOSING', 'ONCOGENIC'],
      description: 'A variant that protects against cancer.',
    },
    GAIN_OF_FUNCTION: {
      civic: 'Gain of Function',
      evidenceTypes: ['FUNCTIONAL'],
      description: 'Increases normal gene function.',
    },
    LOSS_OF_FUNCTION: {
      civic: 'Loss of Function',
      evidenceTypes: ['FUNCTIONAL'],
      description: 'Diminishes or abolishes gene function.',
    },
    UNALTERED_FUNCTION: {
      civic: 'Unaltered Function',
      evidenceTypes: ['FUNCTIONAL'],
      description: 'The gene product is unchanged.',
    },
    NEOMORPHIC: { civic: 'Neomorphic', evidenceTypes: ['FUNCTIONAL'], description: 'Creates a novel function.' },
    DOMINANT_NEGATIVE: {
      civic: 'Dominant Negative',
      evidenceTypes: ['FUNCTIONAL'],
      description: 'Abrogates the function of the wild-type allele product.',
    },
    UNKNOWN: {
      civic: 'Unknown',
      evidenceTypes: ['FUNCTIONAL'],
      description: 'A functional effect the other values cannot describe.',
    },
    NA: {
      civic: 'N/A',
      evidenceTypes: ['PREDICTIVE', 'PROGNOSTIC'],
      description: 'The variant does not inform clinical interpretation.',
    },
    MECHANISTIC: {
      civic: null,
      evidenceTypes: [],
      description: 'Project term, not CIViC: explains a mechanism rather than making a clinical claim.',
    },
  } satisfies Record<string, Term & { civic: string | null; evidenceTypes: readonly string[] }>,
);
export type Significance = ValueOf<typeof SIGNIFICANCE>;

/** What kind of alteration a variant is (Variant.alterationType). */
export const ALTERATION_TYPE = vocabulary('AlterationType', 'What kind of alteration a variant is.', {
  MISSENSE: { description: 'One amino acid replaced by another (p.Thr790Met).' },
  NONSENSE: { description: 'A premature stop codon (p.Arg213Ter).' },
  FRAMESHIFT: { description: 'An insertion or deletion that shifts the reading frame.' },
  IN_FRAME_INDEL: { description: 'An in-frame insertion or deletion (e.g. EGFR exon 19 deletions).' },
  AMPLIFICATION: { description: 'Increased copy number.' },
  DELETION: { description: 'Loss of the gene (copy-number deletion).' },
  FUSION: { description: 'A gene fusion.' },
  EXPRESSION: { description: 'Altered expression without a sequence change.' },
  OTHER: { description: 'Another alteration, or a class of alterations whose exact change is not recorded.' },
});
export type AlterationType = ValueOf<typeof ALTERATION_TYPE>;

/** How a tumour came to resist (a statement's context). */
export const RESISTANCE_TYPE = vocabulary('ResistanceType', 'How a tumour came to resist the drug.', {
  ACQUIRED: { description: 'Arose under treatment, after an initial response.' },
  INTRINSIC: { description: 'Present before treatment (primary resistance).' },
});
export type ResistanceType = ValueOf<typeof RESISTANCE_TYPE>;

/** Where a variant comes from (a statement's context). */
export const VARIANT_ORIGIN = vocabulary('VariantOrigin', 'Whether the variant is in the tumour only or inherited.', {
  SOMATIC: { description: 'Acquired by the tumour.' },
  GERMLINE: { description: 'Inherited, present in every cell.' },
});
export type VariantOrigin = ValueOf<typeof VARIANT_ORIGIN>;

/** CIViC's evidence types (Evidence.evidenceType). */
export const EVIDENCE_TYPE = vocabulary(
  'EvidenceType',
  'What kind of claim the evidence makes (CIViC evidence type).',
  {
    PREDICTIVE: { description: 'Predicts response or resistance to a therapy.' },
    PROGNOSTIC: { description: 'Predicts outcome regardless of therapy.' },
    DIAGNOSTIC: { description: 'Helps diagnose a disease or subtype.' },
    PREDISPOSING: { description: 'Germline variant that predisposes to disease.' },
    ONCOGENIC: { description: 'Whether the variant drives cancer.' },
    FUNCTIONAL: { description: 'How the variant changes the function of its gene product.' },
  },
);
export type EvidenceType = ValueOf<typeof EVIDENCE_TYPE>;

/**
 * Why a significance does not fit an evidence type (CIViC's pairs), or null when it fits or either is
 * absent. MECHANISTIC, the project's own term, is for evidence without an evidence type.
 */
export function significanceProblem(evidenceType: string | null | undefined, significance: string | null | undefined) {
  if (!evidenceType || !significance || !SIGNIFICANCE.has(significance)) return null;
  const types: readonly string[] = SIGNIFICANCE.terms[significance].evidenceTypes;
  if (types.includes(evidenceType)) return null;
  return types.length
    ? `significance ${significance} belongs to ${types.join(' or ')} evidence, not ${evidenceType}`
    : `significance ${significance} is for evidence without an evidence type`;
}

/** What an agent is (Drug.agentType). */
export const AGENT_TYPE = vocabulary('AgentType', 'What kind of agent a drug is.', {
  SMALL_MOLECULE: { description: 'A small-molecule drug.' },
  ANTIBODY: { description: 'An antibody.' },
  SIRNA: { description: 'A small interfering RNA.' },
  MIRNA_MIMIC: { description: 'A miRNA mimic.' },
  UNSPECIFIED: { description: 'Not recorded.' },
});
export type AgentType = ValueOf<typeof AGENT_TYPE>;

/** How far a drug has come (Drug.approvalStatus). */
export const APPROVAL_STATUS = vocabulary('ApprovalStatus', 'How far a drug has come toward the clinic.', {
  APPROVED: { description: 'Approved for clinical use somewhere.' },
  INVESTIGATIONAL: { description: 'In clinical trials.' },
  PRECLINICAL: { description: 'In preclinical development.' },
  EXPERIMENTAL: { description: 'A research tool, or not recorded.' },
});
export type ApprovalStatus = ValueOf<typeof APPROVAL_STATUS>;

/**
 * Why a (predicate, interactionType, sign) triple is inconsistent, or null when it is fine. Sign 0
 * (direction unknown) is allowed only for TARGETS whose interaction type implies no other sign.
 */
export function signProblem(predicate: Predicate, sign: number, interactionType?: string | null): string | null {
  if (sign === 0 && predicate !== 'TARGETS')
    return `sign must be 1 or -1 (0, direction unknown, only for TARGETS), got ${sign}`;
  if (sign !== 1 && sign !== -1 && sign !== 0) return `sign must be 1 or -1 (or 0 for TARGETS), got ${sign}`;
  const fixed = PREDICATE.terms[predicate].signFixed;
  if (fixed !== null && sign !== fixed) return `${predicate} always has sign ${fixed}`;
  if (predicate === 'TARGETS') {
    if (!interactionType) return 'TARGETS needs an interactionType';
    if (!INTERACTION_TYPE.has(interactionType)) return `unknown interactionType ${interactionType}`;
    const implied = INTERACTION_TYPE.terms[interactionType].sign;
    if (implied !== null && implied !== sign) return `interactionType ${interactionType} implies sign ${implied}`;
  } else if (interactionType) {
    return `interactionType applies only to TARGETS`;
  }
  return null;
}
