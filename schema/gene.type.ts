import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface.js';

@ObjectType({ implements: Node, description: 'A human gene, with its HGNC symbol, identifiers and aliases.' })
export class Gene extends Node {
  @Field(() => String, { description: 'Approved HGNC symbol, e.g. CAV1.' })
  symbol!: string;

  @Field(() => [String], {
    description: 'Aliases and previous symbols; any of them finds the gene (case-insensitive).',
  })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'HGNC id, e.g. HGNC:1527.' })
  hgncId?: string | null;

  @Field(() => String, { nullable: true, description: 'NCBI Gene (Entrez) id, e.g. 857.' })
  entrezId?: string | null;

  @Field(() => String, { nullable: true, description: 'Ensembl gene id, e.g. ENSG00000105974.' })
  ensemblId?: string | null;

  @Field(() => String, { nullable: true, description: 'UniProt (Swiss-Prot) accession, e.g. Q03135.' })
  uniprotId?: string | null;

  @Field(() => [String], { description: 'Where the identifiers were checked.' })
  idSources!: string[];
}
