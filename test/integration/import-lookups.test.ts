/**
 * The importers' name lookup (seed/importers/resolve.ts resolveExisting, db/import.repo.ts
 * idsByNameKey, which returns ids only) picks, for every name the seeded graph knows, the same
 * entity as the API's lookup (db/entity.repo.ts bestEntitiesByName): rank 0 before aliases, then
 * the lowest id, including for names shared by several entities; unknown names are absent.
 */
import { expect, it } from 'vitest';
import { bestEntitiesByName } from '../../db/entity.repo.js';
import { resolveExisting } from '../../seed/importers/resolve.js';
import { nameKey } from '../../domain/names.js';
import { useTestApp } from '../support/db.js';

const ctx = useTestApp();

it('finds what the API lookup finds, for every stored name of every kind', async () => {
  const rows = await ctx.db.read(
    `MATCH (s:Synonym)-[r:NAMES]->(n:Entity)
     WITH n.kind AS kind, s.key AS key, collect(r.text) AS texts, count(DISTINCT n) AS named
     RETURN kind, collect({text: texts[0], named: named}) AS names`,
    {},
  );
  let shared = 0;
  for (const row of rows) {
    const kind = row.kind as string;
    const names = (row.names as { text: string; named: unknown }[]).map((n) => {
      if (Number(n.named) > 1) shared++;
      return n.text;
    });
    const probe = [...names, `${names[0]} no such name`];
    const found = await resolveExisting(ctx.db, kind, probe);
    const best = await bestEntitiesByName(
      ctx.db,
      probe.map((n) => ({ key: nameKey(n), kind })),
    );
    const expected = new Map(probe.flatMap((n, i) => (best[i] ? [[n, best[i]!.id as string] as const] : [])));
    expect(found, kind).toEqual(expected);
    expect(found.has(probe.at(-1)!)).toBe(false);
  }
  // The seed has names shared by several entities of one kind (a bare protein change, a shared alias).
  expect(shared).toBeGreaterThan(0);
});
