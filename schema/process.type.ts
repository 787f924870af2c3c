import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description: 'A biological process or phenotype (GO term, or a project-defined node such as dormancy).',
})
export class Process extends Node {
  @Field(() => [String], { description: 'Other names.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'What the node stands for when no standard term exists.' })
  note?: string | null;
}
