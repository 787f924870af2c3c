import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NodeKind, Predicate } from './enums.js';

@ObjectType({
  description:
    'A node of a subgraph, ready to be a Cytoscape.js node element (data: { id: entityId, label, kind }). It has no `id` of its own, so a cache that normalises by id alone (Relay) keeps it inside its subgraph; the entity itself is `entity`.',
})
export class SubgraphNode {
  @Field(() => ID, { description: 'Id of the entity (equal to `entity.id`; the `source`/`target` of edges).' })
  entityId!: string;

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
  description:
    'An edge of a subgraph, ready to be a Cytoscape.js edge element (data: { id: statementId, source, target }). It has no `id` of its own (see SubgraphNode); the statement itself is `statement`.',
})
export class SubgraphEdge {
  @Field(() => ID, { description: 'Id of the statement the edge projects (stable; equal to `statement.id`).' })
  statementId!: string;

  @Field(() => ID, { description: 'Entity id of the source node (the `entityId` of one of the nodes).' })
  source!: string;

  @Field(() => ID, { description: 'Entity id of the target node (the `entityId` of one of the nodes).' })
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
