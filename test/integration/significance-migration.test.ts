/**
 * Evidence stored with the old significance values (SENSITIVITY, DIAGNOSTIC, ...) or with CIViC's
 * raw word in civicSignificance gets CIViC's closed values at start; migrating again changes nothing.
 */
import { afterAll, expect, it } from 'vitest';
import { migrate } from '../../db/migrations.js';
import { migrateSignificance } from '../../db/significance-migration.js';
import { useTestApp } from '../support/db.js';

const ctx = useTestApp();
const PREFIX = 'RESISTKG:test-sigmig-';

const OLD = `
UNWIND $rows AS row
CREATE (s:Statement {id: $prefix + 'stmt-' + row.id, sign: row.sign})
CREATE (e:Evidence {id: $prefix + row.id, significance: row.significance})-[:SUPPORTS]->(s)
SET e.civicSignificance = row.civic, e.evidenceType = row.type`;

afterAll(async () => {
  await ctx.db.write('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: PREFIX });
});

it('converts old values and the kept CIViC word, and removes civicSignificance', async () => {
  const rows = [
    { id: 'sens', significance: 'SENSITIVITY', sign: 1, civic: null, type: null },
    { id: 'poor', significance: 'PROGNOSTIC_POOR', sign: 1, civic: null, type: null },
    { id: 'neg', significance: 'DIAGNOSTIC', sign: -1, civic: null, type: null },
    { id: 'reduced', significance: 'RESISTANCE', sign: 1, civic: 'Reduced Sensitivity', type: 'PREDICTIVE' },
    { id: 'mech', significance: 'MECHANISTIC', sign: 1, civic: null, type: null },
  ];
  await ctx.db.write(OLD, { rows, prefix: PREFIX });
  await migrate(ctx.db);
  const found = await ctx.db.read(
    `MATCH (e:Evidence) WHERE e.id STARTS WITH $prefix
     RETURN substring(e.id, size($prefix)) AS id, e.significance AS significance, e.civicSignificance AS civic ORDER BY id`,
    { prefix: PREFIX },
  );
  expect(found).toEqual([
    { id: 'mech', significance: 'MECHANISTIC', civic: null },
    { id: 'neg', significance: 'NEGATIVE', civic: null },
    { id: 'poor', significance: 'POOR_OUTCOME', civic: null },
    { id: 'reduced', significance: 'REDUCED_SENSITIVITY', civic: null },
    { id: 'sens', significance: 'SENSITIVITY_RESPONSE', civic: null },
  ]);
  expect(await migrateSignificance(ctx.db)).toBe(0);
});
