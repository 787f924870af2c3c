import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({ implements: Node, description: 'A pathway (Reactome REACT:, KEGG KEGG.PATHWAY:).' })
export class Pathway extends Node {
  @Field(() => [String], { description: 'Other names.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Where the pathway comes from.' })
  source?: string | null;
}
