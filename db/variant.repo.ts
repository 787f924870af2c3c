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
 * node, its NAMES and its statement, and the Synonym nodes of its names that do not exist yet.
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

const FOUND_SYNONYMS = `
UNWIND $keys AS key
MATCH (s:Synonym {key: key})
RETURN collect(key) AS found`;

const CREATE_SYNONYMS = `
UNWIND $keys AS key
CREATE (:Synonym {key: key})`;

// One pass per variant: the node, its VARIANT_OF statement with SUBJECT/OBJECT and the projected
// relationship (as MERGE_ENTITIES, MERGE_STATEMENTS and MERGE_SYNONYMS in db/seed.repo.ts write
// them), then its names to Synonym nodes that exist by now (MATCHed, never MERGEd). The gene is
// read by its Gene label: reading an Entity before creating one makes the planner add an Eager.
const createVariantsQuery = (props: string, statementProps: string, edgeProps: string) => `
UNWIND $rows AS row
MATCH (g:Gene {id: row.geneId})
CREATE (v:Entity:Variant ${props})
CREATE (st:Statement ${statementProps})
CREATE (st)-[:SUBJECT]->(v), (st)-[:OBJECT]->(g)
CREATE (v)-[:VARIANT_OF ${edgeProps}]->(g)
WITH v, row
UNWIND row.names AS nm
MATCH (s:Synonym {key: nm.key})
CREATE (s)-[:NAMES {rank: nm.rank, text: nm.text}]->(v)
RETURN count(DISTINCT v) AS variants, count(*) AS names`;

/**
 * CREATEs variants the caller knows are absent (neither their ids nor their statements' ids
 * exist), with their names and VARIANT_OF statements; their genes must exist. The chunk's name
 * keys are looked up first and the absent Synonym nodes created once each, so no name is MERGEd;
 * concurrent callers must not share name keys (seed/importers/maf.ts keeps a protein change in one
 * lane). Returns how many were written.
 */
export async function createVariants(tx: ManagedTransaction, variants: readonly EntityRecord[]): Promise<number> {
  if (variants.length === 0) return 0;
  const statements = statementsOf(variants);
  // Every VARIANT_OF statement has the same properties but its id and ends: those go once as
  // $st and $edge, not once per row.
  const { predicate, sign, props: st, edgeProps: edge } = statements[0]!;
  const rows = variants.map((v, i) => ({
    id: v.id,
    geneId: String(v.props.geneId),
    props: v.props,
    names: v.names,
    stId: statements[i]!.id,
  }));
  const props = mapLiteral(
    variants.map((v) => v.props),
    'row.props',
    { id: 'row.id', kind: "'VARIANT'" },
  );
  const statementProps = mapLiteral([st], '$st', {
    id: 'row.stId',
    createdAt: 'datetime()',
    version: '1',
    predicate: '$predicate',
    sign: '$sign',
    subjectId: 'row.id',
    objectId: 'row.geneId',
  });
  const edgeProps = mapLiteral([edge], '$edge', { statementId: 'row.stId', sign: '$sign' });
  const keys = [...new Set(variants.flatMap((v) => v.names.map((n) => n.key)))];
  const res = await tx.run(FOUND_SYNONYMS, { keys });
  const found = new Set(res.records[0]?.get('found') as string[]);
  const absent = keys.filter((k) => !found.has(k));
  if (absent.length) await tx.run(CREATE_SYNONYMS, { keys: absent });
  const written = await tx.run(createVariantsQuery(props, statementProps, edgeProps), {
    rows,
    st,
    edge,
    predicate,
    sign,
  });
  const n = Number(written.records[0]?.get('variants') ?? 0);
  if (n !== variants.length) throw new Error(`only ${n} of ${variants.length} variants found their gene`);
  const names = variants.reduce((sum, v) => sum + v.names.length, 0);
  const linked = Number(written.records[0]?.get('names'));
  if (linked !== names) throw new Error(`only ${linked} of ${names} variant names were written`);
  return n;
}
