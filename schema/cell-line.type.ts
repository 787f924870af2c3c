import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({ implements: Node, description: 'A cell line (Cellosaurus id).' })
export class CellLine extends Node {
  @Field(() => [String], { description: 'Other names.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Curation note (e.g. whether a paper used it).' })
  note?: string | null;
}
