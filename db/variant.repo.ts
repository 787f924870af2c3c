/**
 * Creating variants idempotently (design §4a): the Variant node, the names it is found by and its
 * structural VARIANT_OF statement to its gene, each a MERGE on a unique id, so linking the same
 * MAF row twice (or a MAF row and the curated seed) changes nothing. Build the input with
 * domain/variant.ts (parseProteinChange + variantRecord); the gene must exist. The statement is
 * written with its definitional belief (domain/belief.ts definitionalBelief), so no belief is
 * recomputed. Callers bound the rows per transaction (seed/importers/maf.ts writes chunks).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { definitionalBelief } from '../domain/belief.js';
import type { EntityRecord } from '../domain/entity.js';
import { variantOfStatement } from '../domain/variant.js';
import { mergeEntities, mergeStatements, mergeSynonyms } from './seed.repo.js';

/** MERGEs the variants with their names and VARIANT_OF statements; returns their ids in input order. */
export async function mergeVariants(tx: ManagedTransaction, variants: readonly EntityRecord[]): Promise<string[]> {
  if (variants.length === 0) return [];
  const held = definitionalBelief();
  const statements = variants.map((v) => {
    const s = variantOfStatement(v.id, String(v.props.geneId));
    return { ...s, props: { ...s.props, ...held.statement }, edgeProps: { ...s.edgeProps, ...held.edge } };
  });
  await mergeEntities(
    tx,
    variants.map((v) => ({ id: v.id, kind: 'VARIANT', props: v.props })),
  );
  await mergeSynonyms(
    tx,
    variants.map((v) => ({ id: v.id, names: v.names })),
  );
  await mergeStatements(tx, statements);
  return variants.map((v) => v.id);
}
