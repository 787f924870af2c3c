import { Arg, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { neighborhoodHop } from '../db/neighborhood.repo.js';
import { AppError, ErrorCode, badInput } from '../domain/errors.js';
import { NeighborhoodWalk } from '../domain/neighborhood.js';
import { PREDICATE_NAMES, isPredicate } from '../domain/vocabulary.js';
import { Predicate } from '../schema/enums.js';
import { subgraphView } from '../domain/subgraph.js';
import { Node } from '../schema/node.interface.js';
import { Statement } from '../schema/statement.type.js';
import { Subgraph, SubgraphEdge, SubgraphNode } from '../schema/subgraph.type.js';
import type { Context } from './context.js';

export const MAX_DEPTH = 3;
export const MAX_NODES = 1000;
const MAX_IDS = 50;

@Resolver(() => Subgraph)
export class NeighborhoodResolver {
  @Query(() => Subgraph, {
    description:
      'The neighbourhood of one or more entities up to `depth` hops (at most 3) over statement relationships, as Cytoscape.js-ready nodes and edges. At most `limit` nodes (at most 1000): when cut, the highest-belief edges are kept and truncated is true.',
  })
  async neighborhood(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { description: 'Entity ids to start from (1 to 50).' }) ids: string[],
    @Arg('depth', () => Int, { defaultValue: 1, description: 'Hops (1 to 3).' }) depth: number,
    @Arg('predicates', () => [Predicate], { nullable: true, description: 'Only these predicates (default: all).' })
    predicates: string[] | null,
    @Arg('minBelief', () => Float, { defaultValue: 0, description: 'Only edges with at least this belief.' })
    minBelief: number,
    @Arg('limit', () => Int, { defaultValue: 200, description: 'Most nodes to return (1 to 1000).' }) limit: number,
  ): Promise<Subgraph> {
    if (ids.length < 1 || ids.length > MAX_IDS) throw badInput('ids', `give 1 to ${MAX_IDS} ids`);
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH)
      throw badInput('depth', `must be from 1 to ${MAX_DEPTH}`);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NODES)
      throw badInput('limit', `must be from 1 to ${MAX_NODES}`);
    if (!(minBelief >= 0 && minBelief <= 1)) throw badInput('minBelief', 'must be from 0 to 1');
    const types = predicates && predicates.length > 0 ? predicates : PREDICATE_NAMES;
    if (!types.every(isPredicate)) throw badInput('predicates', 'unknown predicate');
    const opts = { counter: ctx.counter };

    const unique = [...new Set(ids.map((i) => i.trim()))];
    const first = await neighborhoodHop(ctx.db, unique, types, minBelief, limit, opts);
    const unknown = unique.filter((_, i) => !first[i]!.node);
    if (unknown.length) throw new AppError(ErrorCode.NOT_FOUND, `ids: unknown ${unknown.join(', ')}`, { field: 'ids' });

    const walk = new NeighborhoodWalk(
      first.map((r) => r.node!),
      depth,
      limit,
    );
    for (let next = walk.step(first); next;)
      next = walk.step(await neighborhoodHop(ctx.db, next, types, minBelief, limit, opts, walk.reach()));
    return subgraphView(walk.result());
  }
}

@Resolver(() => SubgraphNode)
export class SubgraphNodeResolver {
  @FieldResolver(() => Node, { description: 'The entity this node shows (normalised by its own id).' })
  entity(@Root() n: SubgraphNode, @Ctx() ctx: Context) {
    return ctx.loaders.node.load(n.entityId);
  }
}

@Resolver(() => SubgraphEdge)
export class SubgraphEdgeResolver {
  @FieldResolver(() => Statement, { description: 'The statement this edge projects (normalised by its own id).' })
  statement(@Root() e: SubgraphEdge, @Ctx() ctx: Context) {
    return ctx.loaders.statement.load(e.statementId);
  }
}
