import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import {
  Direction,
  EvidenceLevel,
  EvidenceType,
  InteractionType,
  Mechanism,
  ModelSystem,
  NodeKind,
  Predicate,
  ResistanceType,
  Significance,
  VariantOrigin,
} from './enums.js';
import { MAX_ALTERATIONS, MAX_LENGTH, atMost } from '../domain/validation.js';

/** A description with its limit from domain/validation.ts MAX_LENGTH: "Text (at most N characters)." */
const limited = (text: string, limit: keyof typeof MAX_LENGTH) => `${text} (${atMost(limit)}).`;

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
  @Field(() => String, { nullable: true, description: limited('PubMed id, digits only: 40715090', 'pmid') })
  pmid?: string | null;

  @Field(() => String, { nullable: true, description: limited('DOI: 10.1038/s41419-025-07887-4', 'doi') })
  doi?: string | null;
}

@InputType({ description: 'Where a new statement holds.' })
export class StatementContextInput {
  @Field(() => ID, {
    nullable: true,
    description: limited('Disease id, which must exist; omit for no particular disease', 'id'),
  })
  disease?: string | null;

  @Field(() => String, { nullable: true, description: limited('Cell type', 'cellType') })
  cellType?: string | null;

  @Field(() => String, {
    nullable: true,
    description: limited('Setting, e.g. "acquired lenvatinib-resistant HCC cells"', 'setting'),
  })
  setting?: string | null;

  @Field(() => String, { nullable: true, description: limited('Caveats and uncertainty', 'note') })
  note?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Variants a tumour must carry for the statement to hold (e.g. osimertinib overcomes resistance in EGFR p.Thr790Met tumours): ids of existing variants of any gene, at most ${MAX_ALTERATIONS}, each given once. An id that names no variant is BAD_USER_INPUT naming it, and nothing is written.`,
  })
  alterations?: string[] | null;

  @Field(() => ResistanceType, { nullable: true, description: 'For resistance: ACQUIRED or INTRINSIC.' })
  resistanceType?: string | null;

  @Field(() => VariantOrigin, { nullable: true, description: 'Where the variants come from: SOMATIC or GERMLINE.' })
  variantOrigin?: string | null;
}

@InputType({
  description: 'A new statement: subject, predicate, object, sign and context. An identical statement is reused.',
})
export class NewStatementInput {
  @Field(() => ID, { description: limited('Subject entity id, which must exist', 'id') })
  subject!: string;

  @Field(() => Predicate, { description: 'Predicate from the vocabulary.' })
  predicate!: string;

  @Field(() => ID, { description: limited('Object entity id, which must exist', 'id') })
  object!: string;

  @Field(() => Int, {
    description:
      '+1 or -1, consistent with the predicate and interaction type; 0 (direction unknown) only for TARGETS whose interaction type implies no sign (UNKNOWN, BINDER, MODULATOR).',
  })
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
  @Field(() => ID, { nullable: true, description: limited('An existing statement: give this or statement', 'id') })
  statementId?: string | null;

  @Field(() => NewStatementInput, { nullable: true, description: 'A new statement (give this or statementId).' })
  statement?: NewStatementInput | null;

  @Field(() => SourceInput, { description: 'The publication.' })
  source!: SourceInput;

  @Field(() => String, {
    description: `The sentence (verbatim) or figure the evidence rests on (10 to ${MAX_LENGTH.sentence} characters).`,
  })
  sentence!: string;

  @Field(() => EvidenceLevel, { description: 'CIViC level.' })
  level!: string;

  @Field(() => ModelSystem, { description: 'Experimental system.' })
  modelSystem!: string;

  @Field(() => Direction, { description: 'SUPPORTS or REFUTES.' })
  direction!: string;

  @Field(() => Significance, {
    nullable: true,
    description:
      "What the evidence shows, in CIViC's closed values; which apply depends on the evidence type (RESISTANCE and SENSITIVITY_RESPONSE for PREDICTIVE, POOR_OUTCOME for PROGNOSTIC, ...).",
  })
  significance?: string | null;

  @Field(() => EvidenceType, {
    nullable: true,
    description: 'CIViC evidence type; given with a significance, the significance must be one of its values.',
  })
  evidenceType?: string | null;

  @Field(() => Int, { description: 'Rating 1–5.' })
  rating!: number;

  @Field(() => String, {
    nullable: true,
    description: `Retrying with the same key returns the evidence the first attempt created instead of a duplicate (8 to ${MAX_LENGTH.idempotencyKey} characters of letters, digits, . _ : -). Without one, the server makes a key per request, so its own retries never duplicate a submission.`,
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

  @Field(() => String, { nullable: true, description: `New sentence (10 to ${MAX_LENGTH.sentence} characters).` })
  sentence?: string | null;

  @Field(() => EvidenceLevel, { nullable: true, description: 'New level.' })
  level?: string | null;

  @Field(() => ModelSystem, { nullable: true, description: 'New model system.' })
  modelSystem?: string | null;

  @Field(() => Direction, { nullable: true, description: 'New direction.' })
  direction?: string | null;

  @Field(() => Significance, {
    nullable: true,
    description: 'New significance; it must fit the evidence type (the new one, or the one recorded).',
  })
  significance?: string | null;

  @Field(() => EvidenceType, { nullable: true, description: 'New evidence type.' })
  evidenceType?: string | null;

  @Field(() => Int, { nullable: true, description: 'New rating 1–5.' })
  rating?: number | null;
}

@InputType({ description: 'A new gene, miRNA, drug, pathway, process or disease with a validated identifier.' })
export class EntityInput {
  @Field(() => NodeKind, { description: 'GENE, MIRNA, DRUG, PATHWAY, PROCESS, DISEASE or VARIANT.' })
  kind!: string;

  @Field(() => ID, {
    description: limited(
      'Identifier in its registry’s form: HGNC:1527, MIRBASE:MIMAT0000252, CHEMBL.COMPOUND:CHEMBL1336, REACT:R-HSA-165159, GO:0006915, MONDO:0007256, CAID:CA123 (variants, ClinGen Allele Registry); RESISTKG: for agents, processes or variants with no registered id',
      'id',
    ),
  })
  id!: string;

  @Field(() => String, {
    description: `Name (for genes, the full name; 3 to ${MAX_LENGTH.name} characters). It must not already name another entity.`,
  })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: limited('HGNC symbol, for genes only and required for them', 'symbol'),
  })
  symbol?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: `Aliases and synonyms; each finds the entity and must not already name another one (at most ${MAX_LENGTH.alias} aliases of ${atMost('alias')}).`,
  })
  aliases?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: limited(
      'VARIANT only, and required for it: the gene, by id or any name (HGNC:3236, EGFR)',
      'lookupName',
    ),
  })
  gene?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'VARIANT only: the protein change in any notation (p.Thr790Met, p.T790M, T790M); stored as canonical HGVS, and the variant is then named gene + change. Absent for a class of alterations with no single change (then `name` names it).',
  })
  hgvsp?: string | null;
}
