/** Accepting evidence moves path scores the right way; evidence that is not accepted does not. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recomputeBelief } from '../../db/belief.repo.js';
import type { Database } from '../../db/database.js';
import { mergeEvidence } from '../../db/seed.repo.js';
import { generateSynthetic, type SyntheticGraph } from '../support/synthetic.js';
import { loadSynthetic } from '../support/synthetic-load.js';
import type { App } from '../../server/app.js';
import { testApp, testDatabase } from '../support/db.js';
import { gql } from '../support/gql.js';

let db: Database;
let app: App;
let g: SyntheticGraph;
beforeAll(async () => {
  db = testDatabase();
  app = await testApp(db);
  g = generateSynthetic({
    seed: 31,
    genes: 40,
    drugs: 6,
    mirnas: 4,
    regulationsPerGene: 2.5,
    hubs: 3,
    resistancePerDrug: 3,
  });
  await loadSynthetic(db, g);
});
afterAll(async () => {
  await app.apollo.stop();
  await db.close();
});

const QUERY = `query($drug: ID!) { resistancePaths(drug: $drug, maxHops: 3, first: 100) { score nodes { id } edges { statement { id belief } } } }`;

async function scoreOf(drug: string, key: string): Promise<number> {
  const r = await gql(app, QUERY, { drug });
  expect(r.errors).toBeUndefined();
  const p = r.data.resistancePaths.find((x: any) => x.nodes.map((n: any) => n.id).join('>') === key);
  return p.score;
}

let counter = 0;
async function addEvidence(statementId: string, direction: 'SUPPORTS' | 'REFUTES', status: string) {
  await db.writeTx(async (tx) => {
    await mergeEvidence(tx, [
      {
        id: `${g.prefix}extra-${counter++}`,
        statementId,
        source: g.publication.id,
        direction,
        props: { level: 'B', modelSystem: 'PATIENT_COHORT', rating: 4, status, curator: 'test' },
      },
    ]);
    await recomputeBelief(tx, [statementId]);
  });
}

it('rises with accepted support, falls with accepted refutation, ignores submitted evidence', async () => {
  const drug = g.entities
    .filter((e) => e.kind === 'DRUG')
    .map((e) => e.id)
    .find(() => true)!;
  let found: any;
  for (const d of g.entities.filter((e) => e.kind === 'DRUG').map((e) => e.id)) {
    const r = await gql(app, QUERY, { drug: d });
    found = r.data.resistancePaths.find((p: any) => p.edges.length >= 2);
    if (found) {
      found.drug = d;
      break;
    }
  }
  expect(found, `no 2-hop path for ${drug}`).toBeDefined();
  const key = found.nodes.map((n: any) => n.id).join('>');
  const statementId = found.edges[0].statement.id;
  const s0 = await scoreOf(found.drug, key);

  await addEvidence(statementId, 'SUPPORTS', 'SUBMITTED');
  expect(await scoreOf(found.drug, key)).toBe(s0);

  await addEvidence(statementId, 'SUPPORTS', 'ACCEPTED');
  const s1 = await scoreOf(found.drug, key);
  expect(s1).toBeGreaterThan(s0);

  await addEvidence(statementId, 'REFUTES', 'ACCEPTED');
  expect(await scoreOf(found.drug, key)).toBeLessThan(s1);
});
