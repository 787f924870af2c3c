import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description: 'A class of drugs (e.g. multi-kinase TKIs); a statement about a class applies to its members.',
})
export class DrugClass extends Node {
  @Field(() => [String], { description: 'Names the class is known by.' })
  aliases!: string[];
}
