import { Field, ID, InterfaceType } from 'type-graphql';
import { NodeKind } from './enums.js';

const TYPE_OF_KIND: Record<string, string> = {
  GENE: 'Gene',
  GENE_FAMILY: 'GeneFamily',
  MIRNA: 'MiRNA',
  DRUG: 'Drug',
  DRUG_CLASS: 'DrugClass',
  PATHWAY: 'Pathway',
  PROCESS: 'Process',
  DISEASE: 'Disease',
  CELL_LINE: 'CellLine',
  COMBINATION: 'Combination',
  PUBLICATION: 'Publication',
};

@InterfaceType({
  description: 'Any entity of the graph, addressed by its CURIE id.',
  resolveType: (value: { kind: string }) => TYPE_OF_KIND[value.kind],
})
export abstract class Node {
  @Field(() => ID, {
    description: 'Stable CURIE identifier, e.g. HGNC:1527, CHEMBL.COMPOUND:CHEMBL1336, MIRBASE:MIMAT0000252.',
  })
  id!: string;

  @Field(() => String, {
    description: 'Name: the approved full name for genes (symbol has the HGNC symbol), the name otherwise.',
  })
  name!: string;

  @Field(() => NodeKind, { description: 'What kind of entity this is.' })
  kind!: string;
}
