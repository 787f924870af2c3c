import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({ implements: Node, description: 'A mature microRNA (miRBase MIMAT id), e.g. hsa-miR-7-5p.' })
export class MiRNA extends Node {
  @Field(() => [String], { description: 'Aliases, e.g. miR-7; any of them finds the miRNA.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Mature sequence (RNA).' })
  sequence?: string | null;

  @Field(() => [String], { description: 'Precursor hairpins (miRBase MI ids) it derives from.' })
  precursors!: string[];
}
