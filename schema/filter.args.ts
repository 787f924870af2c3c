import { ArgsType, Field, Float } from 'type-graphql';
import { EvidenceLevel, InteractionType, ModelSystem } from './enums.js';
import { PageArgs } from './page.args.js';

/**
 * A page of a statement list (Gene.targetedBy, Drug.targets, regulation edges, X.statements) and
 * the filters it takes (domain/filters.ts). Filters narrow the list without changing its identity:
 * a cursor read with one filter continues the list under another; totalCount counts what passes.
 */
@ArgsType()
export class FilteredPageArgs extends PageArgs {
  @Field(() => [InteractionType], {
    nullable: true,
    description:
      'Only these interaction types (TARGETS statements; others have none). An empty list is BAD_USER_INPUT.',
  })
  interactionTypes?: string[] | null;

  @Field(() => Float, { nullable: true, description: 'Only belief at least this (0 to 1; outside is BAD_USER_INPUT).' })
  minBelief?: number | null;

  @Field(() => EvidenceLevel, {
    nullable: true,
    description:
      'Only statements with ACCEPTED supporting evidence of this level or better (A best, E worst); with modelSystems, one evidence must meet both.',
  })
  minLevel?: string | null;

  @Field(() => [ModelSystem], {
    nullable: true,
    description:
      'Only statements with ACCEPTED supporting evidence from one of these model systems. An empty list is BAD_USER_INPUT.',
  })
  modelSystems?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only statements whose subject or object is an APPROVED drug.',
  })
  approvedOnly?: boolean | null;
}
