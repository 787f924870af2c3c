import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description:
    'A group of genes used where a source does not say which member is meant (e.g. AMPKα: PRKAA1 or PRKAA2).',
})
export class GeneFamily extends Node {
  @Field(() => [String], { description: 'Names the family is known by.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Why the family node exists.' })
  note?: string | null;
}
