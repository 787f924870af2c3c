/** Node kinds and the Neo4j label each is stored under (the whitelist for dynamic labels). */
export const NODE_KINDS = {
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
} as const;

export type NodeKind = keyof typeof NODE_KINDS;
export type NodeLabel = (typeof NODE_KINDS)[NodeKind];

export function labelOf(kind: string): NodeLabel {
  const label = (NODE_KINDS as Record<string, NodeLabel>)[kind];
  if (!label) throw new Error(`unknown node kind ${kind}`);
  return label;
}
