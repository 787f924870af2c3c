import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({ implements: Node, description: 'A drug or other agent: small molecule, antibody, siRNA, miRNA mimic.' })
export class Drug extends Node {
  @Field(() => [String], {
    description: 'Synonyms, brand names and codes (e.g. BGB324, R428); any of them finds the drug.',
  })
  synonyms!: string[];

  @Field(() => String, { description: 'SMALL_MOLECULE, ANTIBODY, SIRNA, MIRNA_MIMIC or UNSPECIFIED.' })
  agentType!: string;

  @Field(() => String, { description: 'APPROVED, INVESTIGATIONAL, PRECLINICAL or EXPERIMENTAL.' })
  approvalStatus!: string;

  @Field(() => String, { nullable: true, description: 'ChEMBL compound id.' })
  chemblId?: string | null;

  @Field(() => String, { nullable: true, description: 'DrugBank id.' })
  drugbankId?: string | null;

  @Field(() => String, { nullable: true, description: 'ChEBI id.' })
  chebiId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For siRNAs and miRNA mimics: the gene or miRNA the agent acts through.',
  })
  actsThrough?: string | null;

  @Field(() => String, { nullable: true, description: 'Curation note.' })
  note?: string | null;
}
