import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Number of entities of one kind.' })
export class KindCount {
  @Field(() => String, { description: 'Node kind.' })
  kind!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({ description: 'Size of the graph.' })
export class Stats {
  @Field(() => Int, {
    description: 'All nodes of the graph, including statements, evidence and lookup nodes (not revoked token ids).',
  })
  nodeCount!: number;

  @Field(() => Int, { description: 'All relationships.' })
  relationshipCount!: number;

  @Field(() => Int, { description: 'Statements.' })
  statementCount!: number;

  @Field(() => Int, { description: 'Evidence records of any status.' })
  evidenceCount!: number;

  @Field(() => [KindCount], { description: 'Entities per kind.' })
  byKind!: KindCount[];
}
