import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NodeKind, Predicate } from './enums.js';

@ObjectType({ description: 'A node of a subgraph, ready to be a Cytoscape.js node element (data: id, label, kind).' })
export class SubgraphNode {
  @Field(() => ID, { description: 'Entity id.' })
  id!: string;

  @Field(() => String, { description: 'Short display label: the symbol for genes, else the name.' })
  label!: string;

  @Field(() => NodeKind, { description: 'Kind of entity.' })
  kind!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => Int, { description: 'Hops from the nearest requested node (0 for the requested nodes).' })
  depth!: number;
}

@ObjectType({
  description: 'An edge of a subgraph, ready to be a Cytoscape.js edge element (data: id, source, target).',
})
export class SubgraphEdge {
  @Field(() => ID, { description: 'The statement id (stable).' })
  id!: string;

  @Field(() => ID, { description: 'Source node id (always among the nodes).' })
  source!: string;

  @Field(() => ID, { description: 'Target node id (always among the nodes).' })
  target!: string;

  @Field(() => Predicate, { description: 'Statement predicate.' })
  predicate!: string;

  @Field(() => Int, { description: '+1 or -1; 0: direction unknown.' })
  sign!: number;

  @Field(() => Float, { description: 'Statement belief.' })
  belief!: number;

  @Field(() => Int, { description: 'Accepted evidence records.' })
  evidenceCount!: number;
}

@ObjectType({ description: 'A neighbourhood: nodes and edges that map one-to-one onto Cytoscape.js elements.' })
export class Subgraph {
  @Field(() => [SubgraphNode], { description: 'Nodes, requested ones first.' })
  nodes!: SubgraphNode[];

  @Field(() => [SubgraphEdge], { description: 'Edges; both ends of each are in nodes.' })
  edges!: SubgraphEdge[];

  @Field(() => Boolean, {
    description: 'True when the node limit (or a hub) cut the neighbourhood; the highest-belief edges were kept.',
  })
  truncated!: boolean;
}
