/**
 * Paging the ranked lists (resistancePaths, paths, combinationTherapies) with first/after on the
 * curated seed (domain/rank-cursor.ts): pages read one after another are the one long list, and a
 * cursor is refused by any other list, other arguments, or after the graph changed.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/db.js';
import { gql } from '../support/gql.js';

const ctx = useTestApp();

const RESISTANCE = `query($drug: ID!, $maxHops: Int, $first: Int, $after: String) {
  resistancePaths(drug: $drug, disease: "MONDO:0007256", maxHops: $maxHops, first: $first, after: $after) {
    cursor score nodes { id } edges { statement { id } } } }`;
const BETWEEN = `query($first: Int, $after: String) {
  paths(from: "miR-7", to: "sorafenib", maxHops: 4, first: $first, after: $after) { cursor score nodes { id } } }`;
const COMBOS = `query($drug: ID!, $first: Int, $after: String) {
  combinationTherapies(drug: $drug, disease: "MONDO:0007256", first: $first, after: $after) {
    cursor basis score partner { id } } }`;

/** A list read whole with one call, then page by page with `first: size` from each page's last cursor. */
async function pages(query: string, field: string, vars: Record<string, unknown>, size: number) {
  const whole = await gql(ctx.app, query, { ...vars, first: 100 });
  expect(whole.errors).toBeUndefined();
  const all = whole.data[field] as any[];
  const paged: any[] = [];
  let after: string | null = null;
  let calls = 0;
  do {
    const r = await gql(ctx.app, query, { ...vars, first: size, after });
    expect(r.errors).toBeUndefined();
    const page = r.data[field] as any[];
    expect(page.length).toBeLessThanOrEqual(size);
    paged.push(...page);
    after = page.length > 0 ? page[page.length - 1].cursor : null;
    calls++;
  } while (after !== null && calls <= all.length);
  return { all, paged, calls };
}

const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

describe('resistancePaths with first and after', () => {
  it('page through sorafenib two at a time to the same list as one call', async () => {
    const { all, paged, calls } = await pages(RESISTANCE, 'resistancePaths', { drug: 'sorafenib' }, 2);
    expect(all.length).toBeGreaterThan(4);
    expect(all.length).toBeLessThan(100);
    expect(calls).toBe(Math.ceil(all.length / 2));
    // Same paths, same order, same cursors; only the last path of the list has none.
    expect(paged).toEqual(all);
    expect(all.slice(0, -1).every((p) => typeof p.cursor === 'string')).toBe(true);
    expect(all[all.length - 1].cursor).toBeNull();
  });

  it('takes a cursor read by name with the same arguments by id, and refuses it elsewhere', async () => {
    const first = await gql(ctx.app, RESISTANCE, { drug: 'sorafenib', first: 2 });
    const cursor = first.data.resistancePaths[1].cursor as string;
    const byId = await gql(ctx.app, RESISTANCE, { drug: 'CHEMBL.COMPOUND:CHEMBL1336', first: 1, after: cursor });
    expect(byId.errors).toBeUndefined();
    const whole = await gql(ctx.app, RESISTANCE, { drug: 'sorafenib', first: 3 });
    expect(byId.data.resistancePaths).toEqual([whole.data.resistancePaths[2]]);

    const refusals = [
      await gql(ctx.app, RESISTANCE, { drug: 'sorafenib', maxHops: 3, first: 2, after: cursor }),
      await gql(ctx.app, RESISTANCE, { drug: 'lenvatinib', first: 2, after: cursor }),
      await gql(ctx.app, COMBOS, { drug: 'sorafenib', first: 2, after: cursor }),
      await gql(ctx.app, BETWEEN, { first: 2, after: cursor }),
      await gql(ctx.app, RESISTANCE, { drug: 'sorafenib', first: 2, after: 'not-a-cursor' }),
    ];
    for (const r of refusals) {
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0]!.message).toMatch(/after/);
    }
    expect(refusals[0]!.errors![0]!.message).toMatch(/another list/);
  });

  it('refuses a cursor read before a committed write, and reads past rank 1000 never', async () => {
    const first = await gql(ctx.app, RESISTANCE, { drug: 'sorafenib', first: 1 });
    const cursor = first.data.resistancePaths[0].cursor as string;
    expect((await gql(ctx.app, RESISTANCE, { drug: 'sorafenib', first: 1, after: cursor })).errors).toBeUndefined();
    await ctx.db.write('RETURN 1'); // every committed write transaction moves the graph version on
    const stale = await gql(ctx.app, RESISTANCE, { drug: 'sorafenib', first: 1, after: cursor });
    expect(codeOf(stale)).toBe('BAD_USER_INPUT');
    expect(stale.errors![0]!.message).toMatch(/stale cursor/);

    const fresh = (await gql(ctx.app, RESISTANCE, { drug: 'sorafenib', first: 1 })).data.resistancePaths[0].cursor;
    const deep = await gql(ctx.app, RESISTANCE, { drug: 'sorafenib', first: 1000, after: fresh });
    expect(codeOf(deep)).toBe('BAD_USER_INPUT');
  });
});

describe('paths with first and after', () => {
  it('page from miR-7 to sorafenib one at a time to the same list as one call', async () => {
    const { all, paged } = await pages(BETWEEN, 'paths', {}, 1);
    expect(all.length).toBeGreaterThan(1);
    expect(paged).toEqual(all);
  });
});

describe('combinationTherapies with first and after', () => {
  it('page through sorafenib two at a time to the same list as one call', async () => {
    const { all, paged } = await pages(COMBOS, 'combinationTherapies', { drug: 'sorafenib' }, 2);
    expect(all.length).toBeGreaterThan(2);
    expect(paged).toEqual(all);
    expect(all[all.length - 1].cursor).toBeNull();
  });

  it('refuses a cursor of another drug', async () => {
    const first = await gql(ctx.app, COMBOS, { drug: 'sorafenib', first: 1 });
    const r = await gql(ctx.app, COMBOS, {
      drug: 'lenvatinib',
      first: 1,
      after: first.data.combinationTherapies[0].cursor,
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });
});
