/**
 * The two stored shapes of an ExpressionVector (db/cohort.repo.ts expressionVector,
 * domain/expression-vector.ts): with `patientIds` (older stores), aligned by id, and without
 * (values in the cohort's `patientOrder`, a shorter list missing beyond its end). The same data
 * written in either shape with plain Cypher gives the same survival, split by the right values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCbioportal } from '../../seed/importers/cbioportal.js';
import { useTestApp } from '../support/db.js';
import { gql } from '../support/gql.js';

const FIXTURE = new URL('../fixtures/cbioportal/hcc_fixture', import.meta.url).pathname;
const COHORT = 'RESISTKG:cohort-hcc_fixture_2025';
const SURVIVAL = `query($id: ID!) { cohort(id: $id) {
  survival(groupBy: { expression: { gene: "CAV1", split: MEDIAN } }, endpoint: "OS") {
    gene cutPoints excluded groups { label n events medianSurvival patientIds } logRank { chiSquare pValue }
    cox { hazardRatio pValue } } } }`;
const VECTOR = `MATCH (c:Cohort {id: $cohort})
MATCH (v:ExpressionVector {cohortId: $cohort, geneId: $gene})
RETURN c.patientOrder AS order, properties(v) AS props`;
/** Older stores: values with their patient ids (any order). */
const WRITE_WITH_IDS = `MATCH (v:ExpressionVector {cohortId: $cohort, geneId: $gene})
SET v.patientIds = $ids, v.values = $values`;
/** The aligned format: values in patientOrder, no ids. */
const WRITE_ALIGNED = `MATCH (v:ExpressionVector {cohortId: $cohort, geneId: $gene})
SET v.values = $values REMOVE v.patientIds`;
const RESTORE = `MATCH (v:ExpressionVector {cohortId: $cohort, geneId: $gene}) SET v = $props`;

const t = useTestApp();
let gene: string;
let order: string[];
let original: Record<string, unknown>;

beforeAll(async () => {
  await importCbioportal(t.db, FIXTURE);
  const r = await gql(t.app, SURVIVAL, { id: COHORT });
  expect(r.errors).toBeUndefined();
  gene = r.data.cohort.survival.gene;
  const [row] = await t.db.read(VECTOR, { cohort: COHORT, gene });
  order = row!.order as string[];
  original = row!.props as Record<string, unknown>;
});
afterAll(async () => {
  await t.db.write(RESTORE, { cohort: COHORT, gene, props: original });
});

async function survival() {
  const r = await gql(t.app, SURVIVAL, { id: COHORT });
  expect(r.errors).toBeUndefined();
  return r.data.cohort.survival;
}

describe('expression vectors in either stored shape', () => {
  it('gives the same survival, each patient split by its own value', async () => {
    // A value per patient row that differs from the fixture's; row 3 missing (NaN), the last absent.
    const value = order.map((_, r) => (r === 3 ? NaN : ((r * 37) % 23) + 0.25));
    const present = order.map((id, r) => ({ id, v: value[r]! })).slice(0, -1);

    // With ids, in reverse order (aligned by id, not by position), the last patient left out.
    const reversed = [...present].reverse();
    await t.db.write(WRITE_WITH_IDS, {
      cohort: COHORT,
      gene,
      ids: reversed.map((p) => p.id),
      values: reversed.map((p) => p.v),
    });
    const withIds = await survival();

    // Aligned, one shorter than the cohort (the last patient missing beyond its end).
    await t.db.write(WRITE_ALIGNED, { cohort: COHORT, gene, values: present.map((p) => p.v) });
    const [stored] = await t.db.read(VECTOR, { cohort: COHORT, gene });
    expect((stored!.props as Record<string, unknown>).patientIds).toBeUndefined();
    const aligned = await survival();

    expect(aligned).toEqual(withIds);
    // Each group holds the patients whose own value is on its side of the median.
    const byId = new Map(present.map((p) => [p.id, p.v]));
    const [cut] = withIds.cutPoints as number[];
    const [low, high] = withIds.groups as { label: string; patientIds: string[] }[];
    expect(low!.patientIds.length + high!.patientIds.length).toBeGreaterThan(10);
    for (const id of low!.patientIds) expect(byId.get(id)).toBeLessThanOrEqual(cut!);
    for (const id of high!.patientIds) expect(byId.get(id)).toBeGreaterThan(cut!);
    const grouped = new Set([...low!.patientIds, ...high!.patientIds]);
    expect(grouped.has(order[3]!)).toBe(false);
    expect(grouped.has(order[order.length - 1]!)).toBe(false);
    expect(withIds.excluded).toBeGreaterThanOrEqual(2);
  });

  it('reads ids equal to the patient order as aligned values, the same as without them', async () => {
    const value = order.map((_, r) => ((r * 13) % 17) + 0.5);
    await t.db.write(WRITE_WITH_IDS, { cohort: COHORT, gene, ids: order, values: value });
    const withIds = await survival();
    await t.db.write(WRITE_ALIGNED, { cohort: COHORT, gene, values: value });
    expect(await survival()).toEqual(withIds);
    const [cut] = withIds.cutPoints as number[];
    const byId = new Map(order.map((id, r) => [id, value[r]!]));
    for (const id of withIds.groups[1].patientIds as string[]) expect(byId.get(id)).toBeGreaterThan(cut!);
  });
});
