import { Field, ObjectType } from 'type-graphql';
import { AlterationType } from './enums.js';
import { Node } from './node.interface.js';

@ObjectType({
  implements: Node,
  description:
    'A specific alteration of a gene (design §4a), named by its HGVS protein change: found as "EGFR p.Thr790Met", "EGFR p.T790M", "EGFR T790M", and (with every other gene\'s variant at that residue) "T790M". Statements about a variant hold for tumours that carry it; they are never promoted to its gene.',
})
export class Variant extends Node {
  @Field(() => String, { description: 'HGNC symbol of the gene, e.g. EGFR.' })
  geneSymbol!: string;

  /** The gene's id; `gene` resolves it. */
  geneId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'HGVS protein change with three-letter codes, e.g. p.Thr790Met; null for a class of alterations whose exact change is not recorded (FGFR4 gatekeeper mutation).',
  })
  hgvsp?: string | null;

  @Field(() => AlterationType, { description: 'What kind of alteration this is.' })
  alterationType!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "ClinGen Allele Registry id (CAID:CA...) where verified; null otherwise (the id is the project's own).",
  })
  externalId?: string | null;

  @Field(() => [String], { description: 'Other names the variant is found by.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Curation note, e.g. what the sources do not say.' })
  note?: string | null;
}
