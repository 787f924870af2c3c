import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Predicate } from './enums.js';

@ObjectType({ description: 'One step of a path: a projected statement from source to target.' })
export class PathEdge {
  @Field(() => ID, { description: 'Id of the node the edge leaves (nodes[i]).' })
  source!: string;

  @Field(() => ID, { description: 'Id of the node the edge enters (nodes[i + 1]).' })
  target!: string;

  @Field(() => Predicate, { description: 'The statement predicate.' })
  predicate!: string;

  @Field(() => Int, { description: '+1 or -1; 0: direction unknown.' })
  sign!: number;

  @Field(() => Float, { description: 'Belief of the statement.' })
  belief!: number;

  /** Resolved to `statement` and `evidence`. */
  statementId!: string;
}

@ObjectType({
  description:
    'A signed path: nodes in order and the edges joining them. sign = product of edge signs; score = product of edge beliefs × hub penalties (docs/ranking.md).',
})
export class Path {
  /** Resolved to `nodes`. */
  nodeIds!: string[];

  @Field(() => [PathEdge], { description: 'Edges in order; edges[i] joins nodes[i] and nodes[i + 1].' })
  edges!: PathEdge[];

  @Field(() => Int, {
    description:
      'Product of the edge signs: +1 the first node promotes the last, -1 it counteracts it, 0 an edge on the path has unknown direction.',
  })
  sign!: number;

  @Field(() => Float, { description: 'Ranking score in [0, 1].' })
  score!: number;

  @Field(() => Int, { description: 'Number of edges.' })
  hops!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "Pass it as `after` (with the same arguments) to read the paths ranked after this one; null when none follow (this is the last path of the list) and for paths that are not items of resistancePaths or paths (a candidate's rationale). Bound to the list's arguments and to the graph version it was read at.",
  })
  cursor?: string | null;

  @Field(() => Boolean, {
    description:
      'True when the enumeration reached its cap, so better paths may be missing (paths between two entities: narrow maxHops). Always false for resistancePaths, whose best-first search is exact.',
  })
  truncated!: boolean;
}
