/**
 * Data migration to the protein-change name keys (domain/names.ts nameKey): a name stored under
 * the key an older nameKey gave it (`EGFR p.Thr790Met` under `egfrpthr790met`) moves to its key
 * now (`egfrt790m`), joining a name of the same entity already there at the better of the two
 * ranks; a Synonym left naming nothing is deleted. It runs once per database: the GraphVersion
 * node records `nameKeys` (a new database gets it when created, since every name it will hold is
 * keyed the new way), so a start scans the names only while that is missing or older.
 */
import { nameKey } from '../domain/names.js';
import type { Database } from './database.js';

/** The version of nameKey the stored keys were made with. */
export const NAME_KEYS_VERSION = 2;

const PENDING = `
MATCH (v:GraphVersion {id: 'graph'}) WHERE coalesce(v.nameKeys, 1) < $version
RETURN count(v) AS n`;

// Only a name that ends like a protein change (a digit, then residue codes, fs, * or a closing
// parenthesis) can have a new key; nameKey decides for each.
const CHANGE_LIKE = String.raw`(?s).*[0-9][A-Za-z*]{1,9}[0-9]*\)?\s*`;
const CANDIDATES = `
MATCH (s:Synonym)-[r:NAMES]->(e:Entity)
WHERE r.text =~ $pattern
RETURN s.key AS key, r.text AS text, e.id AS id`;

const MOVE = `
UNWIND $rows AS row
MATCH (:Synonym {key: row.from})-[r:NAMES]->(e:Entity {id: row.id})
MERGE (s:Synonym {key: row.to})
MERGE (s)-[n:NAMES]->(e)
  ON CREATE SET n.rank = r.rank, n.text = r.text
  ON MATCH SET n.text = CASE WHEN r.rank < n.rank THEN r.text ELSE n.text END,
               n.rank = CASE WHEN r.rank < n.rank THEN r.rank ELSE n.rank END
DELETE r`;

const DELETE_ORPHANS = `
UNWIND $keys AS key
MATCH (s:Synonym {key: key}) WHERE NOT (s)-[:NAMES]->()
DELETE s`;

const DONE = `MATCH (v:GraphVersion {id: 'graph'}) SET v.nameKeys = $version`;

const BATCH = 2000;

/** Moves names stored under older keys to their keys now; returns how many moved. */
export async function migrateNameKeys(db: Database): Promise<number> {
  const [pending] = await db.read(PENDING, { version: NAME_KEYS_VERSION });
  if (!Number(pending?.n)) return 0;
  const found = await db.read(CANDIDATES, { pattern: CHANGE_LIKE });
  const rows = found
    .map((r) => ({ from: r.key as string, to: nameKey(r.text as string), id: r.id as string }))
    .filter((r) => r.to && r.to !== r.from);
  for (let i = 0; i < rows.length; i += BATCH) await db.write(MOVE, { rows: rows.slice(i, i + BATCH) });
  const keys = [...new Set(rows.map((r) => r.from))];
  for (let i = 0; i < keys.length; i += BATCH) await db.write(DELETE_ORPHANS, { keys: keys.slice(i, i + BATCH) });
  await db.write(DONE, { version: NAME_KEYS_VERSION });
  return rows.length;
}
