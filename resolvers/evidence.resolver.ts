import { Arg, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from 'type-graphql';
import type { EvidenceRecord } from '../db/records.js';
import { evidenceWeight } from '../domain/belief.js';
import { recordName } from '../domain/record-names.js';
import { NodeKind } from '../schema/enums.js';
import { Evidence } from '../schema/evidence.type.js';
import { Publication } from '../schema/publication.type.js';
import { Statement } from '../schema/statement.type.js';
import type { Context } from './context.js';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @Query(() => Evidence, { nullable: true, description: 'An evidence record by id. Null when unknown.' })
  evidence(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Evidence id.' }) id: string) {
    return ctx.loaders.evidence.load(id);
  }

  @FieldResolver(() => String, { description: 'The evidence id (evidence has no name of its own).' })
  name(@Root() e: EvidenceRecord): string {
    return recordName(e);
  }

  @FieldResolver(() => NodeKind, { description: 'EVIDENCE.' })
  kind(): string {
    return 'EVIDENCE';
  }

  @FieldResolver(() => Statement, { description: 'The statement this evidence is about.' })
  statement(@Root() e: EvidenceRecord, @Ctx() ctx: Context) {
    return ctx.loaders.statement.load(e.statementId);
  }

  @FieldResolver(() => Publication, { description: 'The cited source (PMID, DOI or address).' })
  source(@Root() e: EvidenceRecord, @Ctx() ctx: Context) {
    return ctx.loaders.node.load(e.sourceId);
  }

  @FieldResolver(() => Float, {
    description: 'Weight of this evidence in belief: level × model system × rating factors (see docs/ranking.md).',
  })
  weight(@Root() e: EvidenceRecord): number {
    return evidenceWeight({ level: e.level, modelSystem: e.modelSystem, rating: e.rating });
  }
}
