import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import { GeneEdge, PathwayEdge, RegulationEdge, TargetEdge, VariantEdge } from '../schema/edges.type.js';
import { Statement } from '../schema/statement.type.js';
import type { Context } from './context.js';
import { STATEMENT_FIELD } from './lookahead.js';

/** `statement` on an edge type: the projected statement, loaded by id. */
function edgeStatementResolver(EdgeClass: ClassType<{ statementId: string }>) {
  @Resolver(() => EdgeClass)
  class EdgeStatementResolver {
    @FieldResolver(() => Statement, {
      name: STATEMENT_FIELD,
      description: 'The statement this relationship projects, with its evidence.',
    })
    statement(@Root() e: { statementId: string }, @Ctx() ctx: Context) {
      return ctx.loaders.statement.load(e.statementId);
    }
  }
  return EdgeStatementResolver;
}

export const TargetEdgeResolver = edgeStatementResolver(TargetEdge);
export const RegulationEdgeResolver = edgeStatementResolver(RegulationEdge);
export const PathwayEdgeResolver = edgeStatementResolver(PathwayEdge);
export const GeneEdgeResolver = edgeStatementResolver(GeneEdge);
export const VariantEdgeResolver = edgeStatementResolver(VariantEdge);
