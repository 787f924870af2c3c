/** The curated seed: idempotent loading and the ambiguities kept visible. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { loadSeed } from '../../seed/load.js';
import { testDatabase } from '../support/db.js';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

/**
 * Counts per label and relationship type, and a checksum of every property. The graph version is
 * left out: every committed write bumps it, even one that changes nothing else.
 */
async function fingerprint(): Promise<string> {
  const labels = await db.read('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l');
  const types = await db.read('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t');
  const nodes = await db.read(
    'MATCH (n) WHERE NOT n:GraphVersion RETURN n.id AS id, n.key AS key, properties(n) AS p ORDER BY id, key',
  );
  const rels = await db.read(
    'MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.key) AS a, type(r) AS t, b.id AS b, properties(r) AS p ORDER BY a, t, b, p.statementId',
  );
  const canon = (x: unknown) =>
    JSON.stringify(x, (_k, v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
    );
  return createHash('sha256')
    .update(canon([labels, types, nodes, rels]))
    .digest('hex');
}

describe('curated seed', () => {
  it('changes nothing when loaded a second time', async () => {
    const before = await fingerprint();
    await loadSeed(db);
    expect(await fingerprint()).toBe(before);
  });

  it('keeps the AMPKα ambiguity as a family of PRKAA1 and PRKAA2', async () => {
    const rows = await db.read(
      `MATCH (g:Gene)-[:MEMBER_OF]->(f:GeneFamily) WHERE f.name CONTAINS 'AMPK' RETURN g.symbol AS s ORDER BY s`,
    );
    expect(rows.map((r) => r.s)).toEqual(['PRKAA1', 'PRKAA2']);
  });

  it('marks the signalling edges whose mechanism the abstract does not give as UNKNOWN', async () => {
    const rows = await db.read(
      `MATCH (s:Statement) WHERE s.id IN ['RESISTKG:stmt-P16', 'RESISTKG:stmt-P17', 'RESISTKG:stmt-P22', 'RESISTKG:stmt-P23'] RETURN s.mechanism AS m`,
    );
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.m === 'UNKNOWN')).toBe(true);
  });

  it('does not seed the crossed pairs sorafenib + BLU9931 or lenvatinib + bemcentinib', async () => {
    const rows = await db.read(`
      MATCH (c:Combination)-[:HAS_COMPONENT]->(a:Drug), (c)-[:HAS_COMPONENT]->(b:Drug)
      WHERE (a.name = 'sorafenib' AND b.name = 'BLU9931') OR (a.name = 'lenvatinib' AND b.name = 'bemcentinib')
      RETURN c.id AS id`);
    expect(rows).toEqual([]);
    const combos = await db.read(
      `MATCH (c:Combination)-[:HAS_COMPONENT]->(d) RETURN c.id AS id, collect(d.name) AS parts`,
    );
    expect(combos.length).toBeGreaterThanOrEqual(13);
  });
});
