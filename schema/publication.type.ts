import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({ implements: Node, description: 'A publication or other cited source (name is its title).' })
export class Publication extends Node {
  @Field(() => String, { nullable: true, description: 'PubMed id (digits).' })
  pmid?: string | null;

  @Field(() => String, { nullable: true, description: 'DOI, e.g. 10.1038/s41419-025-07887-4.' })
  doi?: string | null;

  @Field(() => String, { description: 'Title (or a descriptive title when the exact one was not available).' })
  title!: string;

  @Field(() => Int, { nullable: true, description: 'Year of publication.' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Journal.' })
  journal?: string | null;

  @Field(() => String, { nullable: true, description: 'Citation text as seen.' })
  citation?: string | null;

  @Field(() => String, { nullable: true, description: 'Address, for sources with neither PMID nor DOI.' })
  url?: string | null;
}
