/**
 * Creating variants idempotently (design §4a): the Variant node, the names it is found by and its
 * structural VARIANT_OF statement to its gene. Build the input with domain/variant.ts
 * (parseProteinChange + variantRecord); the gene must exist. The statement is written with its
 * definitional belief (domain/belief.ts definitionalBelief), so no belief is recomputed. Callers
 * bound the rows per transaction (seed/importers/maf.ts writes chunks).
 *
 * `mergeVariants` MERGEs everything on unique ids, so writing the same variant twice (or a MAF row
 * and the curated seed) changes nothing. `createVariants` is the importer's fast path for variants
 * it has looked up and knows are absent (no node with the id, none found by name): it CREATEs the
 * node, its NAMES and its statement, MERGEing only the shared Synonym nodes on their unique key.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { definitionalBelief } from '../domain/belief.js';
import type { EntityRecord } from '../domain/entity.js';
import { variantOfStatement } from '../domain/variant.js';
import { mergeEntities, mergeStatements, mergeSynonyms } from './seed.repo.js';

/** The VARIANT_OF statement rows of the variants, with their definitional belief. */
function statementsOf(variants: readonly EntityRecord[]) {
  const held = definitionalBelief();
  return variants.map((v) => {
    const s = variantOfStatement(v.id, String(v.props.geneId));
    return { ...s, props: { ...s.props, ...held.statement }, edgeProps: { ...s.edgeProps, ...held.edge } };
  });
}

/** MERGEs the variants with their names and VARIANT_OF statements; returns their ids in input order. */
export async function mergeVariants(tx: ManagedTransaction, variants: readonly EntityRecord[]): Promise<string[]> {
  if (variants.length === 0) return [];
  await mergeEntities(
    tx,
    variants.map((v) => ({ id: v.id, kind: 'VARIANT', props: v.props })),
  );
  await mergeSynonyms(
    tx,
    variants.map((v) => ({ id: v.id, names: v.names })),
  );
  await mergeStatements(tx, statementsOf(variants));
  return variants.map((v) => v.id);
}

/**
 * A Cypher map literal `{k: source.k, ...}` of the keys the rows' maps have (identifiers only),
 * for properties written as part of a CREATE: a `SET n += map` after it makes the planner add
 * Eager operators, since it cannot tell which keys the map holds. Null values are not stored.
 */
function mapLiteral(rows: readonly Record<string, unknown>[], source: string, fixed: Record<string, string> = {}) {
  const keys = new Set(rows.flatMap((r) => Object.keys(r)));
  for (const k of keys)
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) throw new Error(`property name ${k} is not an identifier`);
  const entries = [...[...keys].filter((k) => !(k in fixed)).map((k) => `${k}: ${source}.${k}`)];
  for (const [k, v] of Object.entries(fixed)) entries.push(`${k}: ${v}`);
  return `{${entries.join(', ')}}`;
}

// The same properties MERGE_ENTITIES and MERGE_SYNONYMS (db/seed.repo.ts) write, for new nodes.
const createVariantsQuery = (props: string) => `
UNWIND $rows AS row
CREATE (v:Entity:Variant ${props})
WITH v, row
UNWIND row.names AS nm
MERGE (s:Synonym {key: nm.key})
CREATE (s)-[:NAMES {rank: nm.rank, text: nm.text}]->(v)
RETURN count(*) AS n`;

// The same statement and projected relationship MERGE_STATEMENTS (db/seed.repo.ts) writes.
const createVariantOfQuery = (props: string, edgeProps: string) => `
UNWIND $rows AS row
MATCH (v:Entity {id: row.subject}), (g:Entity {id: row.object})
CREATE (s:Statement ${props})
CREATE (s)-[:SUBJECT]->(v), (s)-[:OBJECT]->(g)
CREATE (v)-[p:VARIANT_OF ${edgeProps}]->(g)
RETURN count(s) AS n`;

/**
 * CREATEs variants the caller knows are absent (neither their ids nor their statements' ids
 * exist), with their names and VARIANT_OF statements; their genes must exist. Returns how many
 * were written.
 */
export async function createVariants(tx: ManagedTransaction, variants: readonly EntityRecord[]): Promise<number> {
  if (variants.length === 0) return 0;
  const rows = variants.map((v) => ({ id: v.id, props: v.props, names: v.names }));
  const props = mapLiteral(
    rows.map((r) => r.props),
    'row.props',
    { id: 'row.id', kind: "'VARIANT'" },
  );
  await tx.run(createVariantsQuery(props), { rows });
  const statements = statementsOf(variants);
  const statementProps = mapLiteral(
    statements.map((s) => s.props),
    'row.props',
    {
      id: 'row.id',
      createdAt: 'datetime()',
      version: '1',
      predicate: 'row.predicate',
      sign: 'row.sign',
      subjectId: 'row.subject',
      objectId: 'row.object',
    },
  );
  const edgeProps = mapLiteral(
    statements.map((s) => s.edgeProps),
    'row.edgeProps',
    { statementId: 'row.id', sign: 'row.sign' },
  );
  const res = await tx.run(createVariantOfQuery(statementProps, edgeProps), { rows: statements });
  const n = Number(res.records[0]?.get('n') ?? 0);
  if (n !== variants.length) throw new Error(`only ${n} of ${variants.length} variants found their gene`);
  return n;
}
