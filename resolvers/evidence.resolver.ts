import { Arg, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from 'type-graphql';
import type { Row } from '../db/database.js';
import { evidenceWeight, type EvidenceLevel, type ModelSystem } from '../domain/belief.js';
import { Evidence } from '../schema/evidence.type.js';
import { Publication } from '../schema/publication.type.js';
import { Statement } from '../schema/statement.type.js';
import type { Context } from './context.js';

type EvidenceRow = Evidence & Row;

@Resolver(() => Evidence)
export class EvidenceResolver {
  @Query(() => Evidence, { nullable: true, description: 'An evidence record by id. Null when unknown.' })
  evidence(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Evidence id.' }) id: string) {
    return ctx.loaders.evidence.load(id);
  }

  @FieldResolver(() => Statement, { description: 'The statement this evidence is about.' })
  statement(@Root() e: EvidenceRow, @Ctx() ctx: Context) {
    return ctx.loaders.statement.load(e.statementId as string);
  }

  @FieldResolver(() => Publication, { description: 'The cited source (PMID, DOI or address).' })
  source(@Root() e: EvidenceRow, @Ctx() ctx: Context) {
    return ctx.loaders.node.load(e.sourceId as string);
  }

  @FieldResolver(() => Float, {
    description: 'Weight of this evidence in belief: level × model system × rating factors (see docs/ranking.md).',
  })
  weight(@Root() e: EvidenceRow): number {
    return evidenceWeight({
      level: e.level as EvidenceLevel,
      modelSystem: e.modelSystem as ModelSystem,
      rating: e.rating,
    });
  }
}
