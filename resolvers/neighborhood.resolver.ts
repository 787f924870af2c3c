import { Arg, Ctx, Float, ID, Int, Query, Resolver } from 'type-graphql';
import { neighborhoodHop } from '../db/neighborhood.repo.js';
import { AppError, ErrorCode, badInput } from '../domain/errors.js';
import { assemble, displayLabel, type Candidate, type SubgraphNode as NodeData } from '../domain/subgraph.js';
import { PREDICATE_NAMES, isPredicate } from '../domain/vocabulary.js';
import { Predicate } from '../schema/enums.js';
import { Subgraph } from '../schema/subgraph.type.js';
import type { Context } from './context.js';

export const MAX_DEPTH = 3;
export const MAX_NODES = 1000;
const MAX_IDS = 50;

const info = (n: Record<string, unknown>): Omit<NodeData, 'depth'> => ({
  id: n.id as string,
  label: displayLabel(n as { id: string }),
  kind: n.kind as string,
  name: String(n.name ?? n.id),
});

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

    const nodeInfo = new Map<string, Omit<NodeData, 'depth'>>();
    const seeds = first.map((r) => ({ ...info(r.node!), depth: 0 }));
    seeds.forEach((s) => nodeInfo.set(s.id, s));
    const candidates: Candidate[] = [];
    const expanded = new Set(unique);
    let truncated = false;
    let rows = first;
    for (let d = 1; d <= depth; d++) {
      const next: string[] = [];
      for (const row of rows) {
        if (row.degree > row.items.length) truncated = true;
        for (const item of row.items) {
          candidates.push({ edge: item.edge, depth: d });
          if (!nodeInfo.has(item.node.id as string)) nodeInfo.set(item.node.id as string, info(item.node));
          if (!expanded.has(item.node.id as string)) {
            expanded.add(item.node.id as string);
            next.push(item.node.id as string);
          }
        }
      }
      if (d === depth || next.length === 0) break;
      if (next.length > limit) truncated = true;
      rows = await neighborhoodHop(ctx.db, next.slice(0, limit), types, minBelief, limit, opts);
    }
    const result = assemble(seeds, candidates, nodeInfo, limit);
    return { ...result, truncated: truncated || result.truncated };
  }
}
