/**
 * Names stored under the keys an older nameKey gave protein changes (`egfrpthr790met`,
 * `pt790m`) move to their keys now at start (db/name-key-migration.ts): a variant of such a
 * database is found by every notation, through one Synonym per key; migrating again changes
 * nothing, and a database created now is never scanned.
 */
import { afterAll, expect, it } from 'vitest';
import { migrate } from '../../db/migrations.js';
import { migrateNameKeys, NAME_KEYS_VERSION } from '../../db/name-key-migration.js';
import { nameKey } from '../../domain/names.js';
import { useTestApp } from '../support/db.js';
import { gql } from '../support/gql.js';

const ctx = useTestApp();
const ID = 'RESISTKG:var-TESTNK1-p.Thr790Met';
const OTHER = 'RESISTKG:test-namekey-gene';

// What the older code wrote: seven names, each under its own key (dots and spaces dropped).
const OLD_NAMES = [
  { key: 'resistkg:vartestnk1pthr790met', text: ID, rank: 0 },
  { key: 'testnk1pthr790met', text: 'TESTNK1 p.Thr790Met', rank: 0 },
  { key: 'testnk1pt790m', text: 'TESTNK1 p.T790M', rank: 0 },
  { key: 'testnk1t790m', text: 'TESTNK1 T790M', rank: 0 },
  { key: 'pthr790met', text: 'p.Thr790Met', rank: 1 },
  { key: 'pt790m', text: 'p.T790M', rank: 1 },
  { key: 't790m', text: 'T790M', rank: 1 },
];

const WRITE_OLD = `
CREATE (v:Entity:Variant {id: $id, kind: 'VARIANT', name: 'TESTNK1 p.Thr790Met'})
CREATE (g:Entity:Gene {id: $other, kind: 'GENE', name: 'test gene', symbol: 'TESTNK2'})
WITH v, g
UNWIND $names AS nm
MERGE (s:Synonym {key: nm.key})
CREATE (s)-[:NAMES {rank: nm.rank, text: nm.text}]->(v)
WITH DISTINCT g
MERGE (s:Synonym {key: 'testnk2a2m'})
CREATE (s)-[:NAMES {rank: 1, text: 'TESTNK2 A2M'}]->(g)`;

const namesOf = (id: string) =>
  ctx.db.read(
    `MATCH (s:Synonym)-[r:NAMES]->(:Entity {id: $id}) RETURN s.key AS key, r.rank AS rank, r.text AS text ORDER BY key`,
    { id },
  );

const setVersion = (v: number | null) =>
  ctx.db.write(`MATCH (v:GraphVersion {id: 'graph'}) SET v.nameKeys = $v`, { v }, { versioned: false });

afterAll(async () => {
  await ctx.db.write(
    `MATCH (n:Entity) WHERE n.id IN [$id, $other]
     OPTIONAL MATCH (s:Synonym)-[:NAMES]->(n)
     DETACH DELETE n
     WITH DISTINCT s WHERE s IS NOT NULL AND NOT (s)-[:NAMES]->() DELETE s`,
    { id: ID, other: OTHER },
  );
  await setVersion(NAME_KEYS_VERSION);
});

it('a database created now is marked as keyed the new way, so no start scans its names', async () => {
  const [v] = await ctx.db.read(`MATCH (v:GraphVersion {id: 'graph'}) RETURN v.nameKeys AS n`, {});
  expect(v!.n).toBe(NAME_KEYS_VERSION);
  expect(await migrateNameKeys(ctx.db)).toBe(0);
});

it('moves old keys to the new ones, keeping the better rank, and deletes the Synonyms left empty', async () => {
  await ctx.db.write(WRITE_OLD, { id: ID, other: OTHER, names: OLD_NAMES });
  await setVersion(null);
  await migrate(ctx.db);
  expect(await namesOf(ID)).toEqual([
    { key: nameKey(ID), rank: 0, text: ID },
    { key: 't790m', rank: 1, text: 'T790M' },
    { key: 'testnk1t790m', rank: 0, text: 'TESTNK1 T790M' },
  ]);
  for (const text of ['TESTNK1 T790M', 'TESTNK1 p.T790M', 'TESTNK1 p.Thr790Met', 'TESTNK1:p.(Thr790Met)'])
    expect(nameKey(text)).toBe('testnk1t790m');
  const [left] = await ctx.db.read(
    `MATCH (s:Synonym) WHERE s.key IN ['testnk1pthr790met', 'testnk1pt790m'] RETURN count(s) AS n`,
    {},
  );
  expect(Number(left!.n)).toBe(0);
  // A name written in the one-letter form keeps its key.
  expect(await namesOf(OTHER)).toEqual([{ key: 'testnk2a2m', rank: 1, text: 'TESTNK2 A2M' }]);
  const [v] = await ctx.db.read(`MATCH (v:GraphVersion {id: 'graph'}) RETURN v.nameKeys AS n`, {});
  expect(v!.n).toBe(NAME_KEYS_VERSION);
});

it('changes nothing when run again, even unmarked', async () => {
  const before = await namesOf(ID);
  await setVersion(1);
  expect(await migrateNameKeys(ctx.db)).toBe(0);
  expect(await namesOf(ID)).toEqual(before);
});

it('finds the migrated variant by every notation through the API, as an exact match', async () => {
  for (const name of ['TESTNK1 T790M', 'TESTNK1 p.T790M', 'TESTNK1 p.Thr790Met', 'testnk1:p.(Thr790Met)']) {
    const r = await gql(
      ctx.app,
      'query($q: String!) { search(query: $q, kinds: [VARIANT]) { matchType node { id } } }',
      {
        q: name,
      },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.search[0]).toEqual({ matchType: 'EXACT', node: { id: ID } });
  }
});
