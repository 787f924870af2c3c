/**
 * Schema migrations at start (db/migrations.ts): a database that has every index and constraint
 * runs none of the CREATE statements again; one that lacks an index gets it back, online.
 */
import { expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { migrate, SCHEMA_NAMES } from '../../db/migrations.js';
import { useTestApp } from '../support/db.js';

const ctx = useTestApp();

/** The database, with the schema statements its writes run counted. */
function counting(db: Database): { db: Database; creates: () => number } {
  let creates = 0;
  const counted = new Proxy(db, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (prop !== 'write' || typeof value !== 'function') return value;
      return (cypher: string, ...rest: unknown[]) => {
        if (/^\s*CREATE (FULLTEXT )?(CONSTRAINT|INDEX) /.test(cypher)) creates++;
        return (value as (...a: unknown[]) => unknown).call(target, cypher, ...rest);
      };
    },
  });
  return { db: counted, creates: () => creates };
}

const onlineIndexes = async (db: Database) => {
  const [row] = await db.read(
    "SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN collect(name) AS names",
    {},
  );
  return row!.names as string[];
};

it('runs no schema statement on a database that has them all', async () => {
  const c = counting(ctx.db);
  await migrate(c.db);
  expect(c.creates()).toBe(0);
});

it('recreates a missing index, and only that one', async () => {
  await ctx.db.write('DROP INDEX publication_doi IF EXISTS', {}, { versioned: false });
  expect(await onlineIndexes(ctx.db)).not.toContain('publication_doi');
  const c = counting(ctx.db);
  await migrate(c.db);
  expect(c.creates()).toBe(1);
  expect(await onlineIndexes(ctx.db)).toContain('publication_doi');
});

it('names every schema statement once', () => {
  expect(new Set(SCHEMA_NAMES).size).toBe(SCHEMA_NAMES.length);
  expect(SCHEMA_NAMES).toContain('entity_search');
});
