import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({ implements: Node, description: 'A disease (MONDO id, with cross-references).' })
export class Disease extends Node {
  @Field(() => [String], { description: 'Other names, e.g. HCC.' })
  aliases!: string[];

  @Field(() => [String], { description: 'Equivalent ids in other vocabularies (DOID, EFO, MeSH, NCIT, Orphanet).' })
  xrefs!: string[];
}
