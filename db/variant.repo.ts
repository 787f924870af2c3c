/**
 * Creating variants idempotently (design §4a): the Variant node, the names it is found by and its
 * structural VARIANT_OF statement to its gene, each a MERGE on a unique id, so linking the same
 * MAF row twice (or a MAF row and the curated seed) changes nothing. Build the input with
 * domain/variant.ts (parseProteinChange + variantRecord); the gene must exist.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { EntityRecord } from '../domain/entity.js';
import { variantOfStatement } from '../domain/variant.js';
import { recomputeBelief } from './belief.repo.js';
import { mergeEntities, mergeStatements, mergeSynonyms } from './seed.repo.js';

/** MERGEs the variants with their names and VARIANT_OF statements; returns their ids in input order. */
export async function mergeVariants(tx: ManagedTransaction, variants: readonly EntityRecord[]): Promise<string[]> {
  if (variants.length === 0) return [];
  const statements = variants.map((v) => variantOfStatement(v.id, String(v.props.geneId)));
  await mergeEntities(
    tx,
    variants.map((v) => ({ id: v.id, kind: 'VARIANT', props: v.props })),
  );
  await mergeSynonyms(
    tx,
    variants.map((v) => ({ id: v.id, names: v.names })),
  );
  await mergeStatements(tx, statements);
  await recomputeBelief(
    tx,
    statements.map((s) => s.id),
  );
  return variants.map((v) => v.id);
}
