import { Field, Float, Int, ObjectType } from 'type-graphql';
import { InteractionType, Mechanism, Predicate, ResistanceType, VariantOrigin } from './enums.js';
import { Node } from './node.interface.js';

@ObjectType({ description: 'Where a statement holds: disease, cell type, setting, and caveats.' })
export class StatementContext {
  @Field(() => String, {
    nullable: true,
    description: 'Disease id (MONDO) the statement is valid in; null means no particular disease.',
  })
  diseaseId?: string | null;

  @Field(() => String, { nullable: true, description: 'Cell type.' })
  cellType?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Experimental or clinical setting, e.g. "acquired TKI-resistant HCC cells".',
  })
  setting?: string | null;

  @Field(() => String, { nullable: true, description: 'Uncertainty or context-specific caveat, kept visible.' })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ambiguous, context-specific or inferred, when the source leaves room.',
  })
  qualifier?: string | null;

  /** Ids of the variants the statement holds in; `alterations` resolves them. */
  alterationIds!: string[];

  @Field(() => ResistanceType, {
    nullable: true,
    description: 'For resistance: ACQUIRED under treatment or INTRINSIC (present before it); null when not recorded.',
  })
  resistanceType?: string | null;

  @Field(() => VariantOrigin, {
    nullable: true,
    description: 'For statements about variants: SOMATIC or GERMLINE; null when not recorded.',
  })
  variantOrigin?: string | null;
}

@ObjectType({
  description:
    'A biological assertion (subject, predicate, object, sign, context) with the evidence for and against it.',
  implements: Node,
})
export class Statement extends Node {
  @Field(() => Predicate, { description: 'What the statement asserts.' })
  predicate!: string;

  @Field(() => Int, {
    description:
      '+1 (activates, promotes), -1 (inhibits, represses), or 0: direction unknown (TARGETS only; never counted as inhibition).',
  })
  sign!: number;

  @Field(() => Float, {
    description: 'Belief in [0, 1] from accepted evidence (see docs/ranking.md).',
  })
  belief!: number;

  @Field(() => InteractionType, { nullable: true, description: 'For TARGETS: how the agent acts on the target.' })
  interactionType?: string | null;

  @Field(() => Mechanism, { nullable: true, description: 'For REGULATES: how the regulator acts.' })
  mechanism?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Curation tier: ABS (stated in an abstract), ABS-inferred, GK (literature knowledge).',
  })
  tier?: string | null;

  @Field(() => [String], { description: 'Curated fact keys the statement comes from (P16, K6, ...).' })
  factKeys!: string[];

  @Field(() => Int, { description: 'Number of evidence records of any status.' })
  evidenceCount!: number;

  @Field(() => Boolean, { description: 'True for membership statements that hold by definition (belief 1).' })
  structural!: boolean;
}
