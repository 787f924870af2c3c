import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import {
  Direction,
  EvidenceLevel,
  InteractionType,
  Mechanism,
  ModelSystem,
  NodeKind,
  Predicate,
  Significance,
} from './enums.js';

export enum ReviewDecision {
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
}
registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: 'An editor’s decision on submitted evidence.',
  valuesConfig: {
    ACCEPT: { description: 'Accept: the evidence now counts toward belief.' },
    REJECT: { description: 'Reject, with a mandatory comment.' },
  },
});

@InputType({ description: 'A cited source: a PubMed id or a DOI (exactly one).' })
export class SourceInput {
  @Field(() => String, { nullable: true, description: 'PubMed id, digits only (40715090).' })
  pmid?: string | null;

  @Field(() => String, { nullable: true, description: 'DOI (10.1038/s41419-025-07887-4).' })
  doi?: string | null;
}

@InputType({ description: 'Where a new statement holds.' })
export class StatementContextInput {
  @Field(() => ID, { nullable: true, description: 'Disease id (must exist); omit for no particular disease.' })
  disease?: string | null;

  @Field(() => String, { nullable: true, description: 'Cell type.' })
  cellType?: string | null;

  @Field(() => String, { nullable: true, description: 'Setting, e.g. "acquired lenvatinib-resistant HCC cells".' })
  setting?: string | null;

  @Field(() => String, { nullable: true, description: 'Caveats and uncertainty.' })
  note?: string | null;
}

@InputType({
  description: 'A new statement: subject, predicate, object, sign and context. An identical statement is reused.',
})
export class NewStatementInput {
  @Field(() => ID, { description: 'Subject entity id (must exist).' })
  subject!: string;

  @Field(() => Predicate, { description: 'Predicate from the vocabulary.' })
  predicate!: string;

  @Field(() => ID, { description: 'Object entity id (must exist).' })
  object!: string;

  @Field(() => Int, { description: '+1 or -1, consistent with the predicate and interaction type.' })
  sign!: number;

  @Field(() => InteractionType, { nullable: true, description: 'For TARGETS (required there): how the agent acts.' })
  interactionType?: string | null;

  @Field(() => Mechanism, { nullable: true, description: 'For REGULATES: how the regulator acts.' })
  mechanism?: string | null;

  @Field(() => StatementContextInput, { nullable: true, description: 'Where it holds.' })
  context?: StatementContextInput | null;
}

@InputType({ description: 'Evidence to submit, about an existing statement (statementId) or a new one (statement).' })
export class SubmitEvidenceInput {
  @Field(() => ID, { nullable: true, description: 'An existing statement (give this or statement).' })
  statementId?: string | null;

  @Field(() => NewStatementInput, { nullable: true, description: 'A new statement (give this or statementId).' })
  statement?: NewStatementInput | null;

  @Field(() => SourceInput, { description: 'The publication.' })
  source!: SourceInput;

  @Field(() => String, { description: 'The sentence (verbatim) or figure the evidence rests on.' })
  sentence!: string;

  @Field(() => EvidenceLevel, { description: 'CIViC level.' })
  level!: string;

  @Field(() => ModelSystem, { description: 'Experimental system.' })
  modelSystem!: string;

  @Field(() => Direction, { description: 'SUPPORTS or REFUTES.' })
  direction!: string;

  @Field(() => Significance, { nullable: true, description: 'Clinical significance where predictive.' })
  significance?: string | null;

  @Field(() => Int, { description: 'Rating 1–5.' })
  rating!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Retrying with the same key returns the evidence the first attempt created instead of a duplicate.',
  })
  idempotencyKey?: string | null;
}

@InputType({
  description:
    'Fields to change in a revision; omitted fields keep their value. A revision goes back to SUBMITTED for review.',
})
export class EvidencePatch {
  @Field(() => SourceInput, { nullable: true, description: 'New source.' })
  source?: SourceInput | null;

  @Field(() => String, { nullable: true, description: 'New sentence.' })
  sentence?: string | null;

  @Field(() => EvidenceLevel, { nullable: true, description: 'New level.' })
  level?: string | null;

  @Field(() => ModelSystem, { nullable: true, description: 'New model system.' })
  modelSystem?: string | null;

  @Field(() => Direction, { nullable: true, description: 'New direction.' })
  direction?: string | null;

  @Field(() => Significance, { nullable: true, description: 'New significance.' })
  significance?: string | null;

  @Field(() => Int, { nullable: true, description: 'New rating 1–5.' })
  rating?: number | null;
}

@InputType({ description: 'A new gene, miRNA, drug, pathway, process or disease with a validated identifier.' })
export class EntityInput {
  @Field(() => NodeKind, { description: 'GENE, MIRNA, DRUG, PATHWAY, PROCESS or DISEASE.' })
  kind!: string;

  @Field(() => ID, {
    description:
      'Identifier in its registry’s form: HGNC:1527, MIRBASE:MIMAT0000252, CHEMBL.COMPOUND:CHEMBL1336, REACT:R-HSA-165159, GO:0006915, MONDO:0007256 (RESISTKG: for agents or processes with no registered id).',
  })
  id!: string;

  @Field(() => String, { description: 'Name (for genes, the full name).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'HGNC symbol (genes only; required for genes).' })
  symbol?: string | null;

  @Field(() => [String], { nullable: true, description: 'Aliases and synonyms; each finds the entity.' })
  aliases?: string[] | null;
}
