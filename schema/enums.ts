import { registerEnumType } from 'type-graphql';
import { NODE_KINDS } from '../domain/kinds.js';
import { PREDICATES, INTERACTION_SIGN } from '../domain/vocabulary.js';

const fromKeys = <T extends object>(o: T) =>
  Object.fromEntries(Object.keys(o).map((k) => [k, k])) as { [K in keyof T]: K };

export const NodeKind = fromKeys(NODE_KINDS);
registerEnumType(NodeKind, {
  name: 'NodeKind',
  description: 'What kind of entity a node is.',
  valuesConfig: {
    GENE: { description: 'A human gene (HGNC).' },
    GENE_FAMILY: { description: 'A group of genes where a source does not say which member is meant (e.g. AMPKα).' },
    MIRNA: { description: 'A mature microRNA (miRBase MIMAT).' },
    DRUG: { description: 'A drug or other agent: small molecule, antibody, siRNA, miRNA mimic.' },
    DRUG_CLASS: { description: 'A class of drugs; statements about a class apply to its members.' },
    PATHWAY: { description: 'A pathway (Reactome, KEGG).' },
    PROCESS: { description: 'A biological process or phenotype (GO, or project-defined such as dormancy).' },
    DISEASE: { description: 'A disease (MONDO).' },
    CELL_LINE: { description: 'A cell line (Cellosaurus).' },
    COMBINATION: { description: 'A combination of agents with evidence about it.' },
    PUBLICATION: { description: 'A publication or other cited source.' },
  },
});

export const Predicate = fromKeys(PREDICATES);
registerEnumType(Predicate, {
  name: 'Predicate',
  description: 'The closed vocabulary of statement predicates (each with a Biolink mapping).',
  valuesConfig: Object.fromEntries(
    Object.entries(PREDICATES).map(([k, v]) => [k, { description: `Maps to ${v.biolink}.` }]),
  ),
});

export const InteractionType = fromKeys(INTERACTION_SIGN);
registerEnumType(InteractionType, {
  name: 'InteractionType',
  description:
    'How an agent acts on its target; inhibitors, antagonists and blockers have sign -1, activators and agonists +1.',
  valuesConfig: Object.fromEntries(
    Object.keys(INTERACTION_SIGN).map((k) => [
      k,
      { description: `The agent is a(n) ${k.toLowerCase()} of the target.` },
    ]),
  ),
});

export enum EvidenceLevel {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
  E = 'E',
}
registerEnumType(EvidenceLevel, {
  name: 'EvidenceLevel',
  description: 'CIViC evidence level.',
  valuesConfig: {
    A: { description: 'Validated association.' },
    B: { description: 'Clinical evidence or patient data.' },
    C: { description: 'Case study.' },
    D: { description: 'Preclinical evidence.' },
    E: { description: 'Inferential association.' },
  },
});

export enum ModelSystem {
  CELL_LINE = 'CELL_LINE',
  ORGANOID = 'ORGANOID',
  XENOGRAFT = 'XENOGRAFT',
  PATIENT_COHORT = 'PATIENT_COHORT',
  SINGLE_CELL = 'SINGLE_CELL',
  CLINICAL_TRIAL = 'CLINICAL_TRIAL',
  COMPUTATIONAL = 'COMPUTATIONAL',
}
registerEnumType(ModelSystem, {
  name: 'ModelSystem',
  description: 'The experimental system the evidence comes from.',
  valuesConfig: Object.fromEntries(
    Object.keys(ModelSystem).map((k) => [
      k,
      { description: `Evidence from ${k.toLowerCase().replace('_', ' ')} data.` },
    ]),
  ),
});

export enum Direction {
  SUPPORTS = 'SUPPORTS',
  REFUTES = 'REFUTES',
}
registerEnumType(Direction, {
  name: 'Direction',
  description: 'Whether evidence supports or refutes its statement.',
  valuesConfig: {
    SUPPORTS: { description: 'The evidence supports the statement.' },
    REFUTES: { description: 'The evidence refutes the statement.' },
  },
});

export enum EvidenceStatus {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  RETRACTED = 'RETRACTED',
}
registerEnumType(EvidenceStatus, {
  name: 'EvidenceStatus',
  description: 'Curation status; only ACCEPTED evidence counts toward belief.',
  valuesConfig: {
    SUBMITTED: { description: 'Awaiting editor review; does not count toward belief.' },
    ACCEPTED: { description: 'Reviewed and accepted; counts toward belief.' },
    REJECTED: { description: 'Reviewed and rejected, with a comment.' },
    RETRACTED: { description: 'Withdrawn after acceptance; kept for history, no longer counts.' },
  },
});
