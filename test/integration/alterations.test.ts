/**
 * Mutations from a cBioPortal MAF (hcc_fixture/data_mutations.txt) meet the graph: variants linked
 * (or created), alteration frequencies of genes and variants, a sample's alterations with VAF, and
 * survival by alteration status equal to R (test/fixtures/cbioportal/alterations.R).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeBelief } from '../../db/belief.repo.js';
import type { Database } from '../../db/database.js';
import { importCbioportal } from '../../seed/importers/cbioportal.js';
import { ImportError } from '../../seed/importers/lines.js';
import type { App } from '../../server/app.js';
import { testApp, testDatabase } from '../support/db.js';
import { gql } from '../support/gql.js';

const FIXTURE = new URL('../fixtures/cbioportal/hcc_fixture', import.meta.url).pathname;
const R = JSON.parse(readFileSync(new URL('../fixtures/cbioportal/alterations.json', import.meta.url), 'utf8'));
const COHORT = 'RESISTKG:cohort-hcc_fixture_2025';
let db: Database;
let app: App;
let imported: Awaited<ReturnType<typeof importCbioportal>>;
beforeAll(async () => {
  db = testDatabase();
  app = await testApp(db);
  imported = await importCbioportal(db, FIXTURE);
});
afterAll(async () => {
  await app.apollo.stop();
  await db.close();
});

/** The MAF's rows as the file has them (for the expected VAFs). */
function mafRows() {
  const lines = readFileSync(path.join(FIXTURE, 'data_mutations.txt'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  const header = lines[0]!.split('\t');
  return lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((c, i) => [header[i]!, c])));
}

describe('MAF import', () => {
  it('links mutations to variants, reports unknown genes and non-protein rows, and reloads without change', async () => {
    expect(imported.unknownMutatedGenes).toEqual(['NOTAREALGENE']);
    const silent = mafRows().filter((r) => r.Variant_Classification === 'Silent').length;
    expect(imported.skippedMutationRows).toHaveLength(silent);
    const known = mafRows().filter((r) => r.Variant_Classification !== 'Silent' && r.Hugo_Symbol !== 'NOTAREALGENE');
    expect(imported.mutations).toBe(known.length);
    expect(imported.variants).toBe(new Set(known.map((r) => `${r.Hugo_Symbol} ${r.HGVSp_Short}`)).size);
    const count = 'MATCH (n) WHERE n:AlterationVector OR n:Variant OR n:Sample OR n:Statement RETURN count(n) AS n';
    const props = 'MATCH (s:Sample {cohortId: $c}) RETURN collect([s.id, s.alterationVariants, s.alterationVafs]) AS p';
    const before = [await db.read(count), await db.read(props, { c: COHORT })];
    const again = await importCbioportal(db, FIXTURE);
    expect(again.newVariants).toBe(0);
    expect([await db.read(count), await db.read(props, { c: COHORT })]).toEqual(before);
  });

  it('completes an import stopped before some variants were written, their names left behind', async () => {
    // A created variant as if its chunk never committed: gone with its statement, while its
    // Synonym nodes stay (as a bare change's do, shared with other genes' variants).
    const variantState = `MATCH (v:Variant) WHERE v.id IN $ids
      OPTIONAL MATCH (s:Synonym)-[r:NAMES]->(v)
      WITH v, r, s ORDER BY s.key
      WITH v, collect([s.key, r.rank, r.text]) AS names
      MATCH (v)<-[:SUBJECT]-(st:Statement)-[:OBJECT]->(g)
      MATCH (v)-[p:VARIANT_OF {statementId: st.id}]->(g)
      RETURN v { .*, createdAt: NULL } AS v, names, st.id AS statement, p.sign AS sign ORDER BY v.id`;
    const count = 'MATCH (n) WHERE n:Variant OR n:Statement OR n:Synonym OR n:AlterationVector RETURN count(n) AS n';
    const created = await db.read(
      // CTNNB1 has no curated variant (seed/data/variants.yaml): the MAF created its one.
      `MATCH (a:AlterationVector {cohortId: $c}), (v:Variant {id: a.variantId}) WHERE v.geneSymbol = 'CTNNB1'
       RETURN v.id AS id`,
      { c: COHORT },
    );
    const ids = created.map((r) => r.id as string);
    expect(ids).toHaveLength(1);
    const before = [await db.read(variantState, { ids }), await db.read(count)];
    await db.write(
      `MATCH (v:Variant) WHERE v.id IN $ids OPTIONAL MATCH (v)<-[:SUBJECT]-(st:Statement) DETACH DELETE v, st`,
      { ids },
    );
    expect(await db.read(variantState, { ids })).toEqual([]);
    const again = await importCbioportal(db, FIXTURE);
    expect(again.newVariants).toBe(1);
    expect([await db.read(variantState, { ids }), await db.read(count)]).toEqual(before);
    const name = String((before[0]![0]!.v as { name: string }).name);
    const r = await gql(app, `query ($n: String!) { variant(name: $n) { id } }`, { n: name });
    expect(r.data.variant.id).toBe(ids[0]);
  });

  it('creates a variant’s VARIANT_OF statement already as belief recomputation leaves it', async () => {
    const state = `MATCH (v:Variant)<-[:SUBJECT]-(s:Statement {predicate: 'VARIANT_OF'})-[:OBJECT]->(g)
      WHERE v.id IN $ids MATCH (v)-[p:VARIANT_OF {statementId: s.id}]->(g)
      RETURN s.id AS id, s.belief AS belief, s.evidenceCount AS evidence, s.acceptedCount AS accepted,
             s.inTraversalGraph AS live, p.belief AS edgeBelief, p.evidenceCount AS edgeEvidence ORDER BY id`;
    const created = await db.read('MATCH (v:AlterationVector {cohortId: $c}) RETURN collect(v.variantId) AS ids', {
      c: COHORT,
    });
    const ids = created[0]!.ids as string[];
    const before = await db.read(state, { ids });
    expect(before.length).toBeGreaterThan(1);
    for (const row of before)
      expect(row).toMatchObject({ belief: 1, evidence: 0, accepted: 0, live: true, edgeBelief: 1, edgeEvidence: 0 });
    await db.writeTx((tx) =>
      recomputeBelief(
        tx,
        before.map((r) => r.id as string),
      ),
    );
    expect(await db.read(state, { ids })).toEqual(before);
  });

  it('links EGFR p.T790M to the curated variant rather than creating another', async () => {
    const r = await gql(app, `{ variant(name: "EGFR T790M") { id } }`);
    const ids = await db.read(
      'MATCH (v:AlterationVector {cohortId: $c}) WHERE v.variantId = $id RETURN v.variantId AS id',
      { c: COHORT, id: r.data.variant.id },
    );
    expect(ids).toHaveLength(1);
    const same = await db.read(
      "MATCH (v:Entity {kind: 'VARIANT', geneSymbol: 'EGFR', hgvsp: 'p.Thr790Met'}) RETURN v.id AS id",
    );
    expect(same).toEqual([{ id: r.data.variant.id }]);
  });

  it('refuses a MAF naming an unknown or unsequenced sample or bad counts, with line numbers, writing nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'maf-'));
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'meta_study.txt'),
      readFileSync(path.join(FIXTURE, 'meta_study.txt'), 'utf8').replace('hcc_fixture_2025', 'hcc_badmaf'),
    );
    const maf = readFileSync(path.join(FIXTURE, 'data_mutations.txt'), 'utf8').trimEnd().split('\n');
    maf.push(
      'KRAS\t3845\tMissense_Mutation\tNOT-A-SAMPLE\tp.G12D\t10\t5',
      'KRAS\t3845\tMissense_Mutation\tHCC-FIX-001-01\tp.G12D\tten\t5',
      'KRAS\t3845\tMissense_Mutation\tHCC-FIX-080-01\tp.G12D\t10\t5',
    );
    writeFileSync(path.join(dir, 'data_mutations.txt'), maf.join('\n') + '\n');
    const err = await importCbioportal(db, dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).problems).toEqual([
      `data_mutations.txt line ${maf.length - 2}: sample NOT-A-SAMPLE is not in the sample file`,
      `data_mutations.txt line ${maf.length - 1}: t_ref_count and t_alt_count must be non-negative integers`,
      `data_mutations.txt line ${maf.length}: sample HCC-FIX-080-01 is not listed in #sequenced_samples`,
    ]);
    expect(await db.read("MATCH (c:Cohort {id: 'RESISTKG:cohort-hcc_badmaf'}) RETURN c")).toEqual([]);
  });
});

describe('the graph meets the cohort', () => {
  it('tells how often a gene and a variant are altered in the cohort', async () => {
    const r = await gql(
      app,
      `{ gene(symbol: "EGFR") { alterationFrequency { cohort { id } alteredSamples profiledSamples frequency } }
         variant(name: "EGFR T790M") { alterationFrequency { cohort { id } alteredSamples profiledSamples frequency } } }`,
    );
    expect(r.errors).toBeUndefined();
    const of = (list: any[]) => list.find((f) => f.cohort.id === COHORT);
    expect(of(r.data.gene.alterationFrequency)).toEqual({
      cohort: { id: COHORT },
      alteredSamples: R.egfr_frequency.altered,
      profiledSamples: R.egfr_frequency.profiled,
      frequency: R.egfr_frequency.altered / R.egfr_frequency.profiled,
    });
    expect(of(r.data.variant.alterationFrequency)).toMatchObject({
      alteredSamples: R.t790m_frequency.altered,
      profiledSamples: R.t790m_frequency.profiled,
    });
  });

  it('ranks the cohort’s altered genes by altered samples, paging by keyset', async () => {
    const q = `query($id: ID!, $after: String) { cohort(id: $id) { alteredGenes(first: 2, after: $after) { totalCount
      pageInfo { hasNextPage endCursor } edges { node { symbol } alteredSamples frequency } } } }`;
    const counts = new Map<string, Set<string>>();
    for (const r of mafRows().filter((x) => x.Variant_Classification !== 'Silent' && x.Hugo_Symbol !== 'NOTAREALGENE'))
      counts.set(r.Hugo_Symbol!, (counts.get(r.Hugo_Symbol!) ?? new Set()).add(r.Tumor_Sample_Barcode!));
    const expected = [...counts]
      .map(([symbol, s]) => ({ symbol, n: s.size }))
      .sort((a, b) => b.n - a.n || a.symbol.localeCompare(b.symbol));
    const first = (await gql(app, q, { id: COHORT })).data.cohort.alteredGenes;
    expect(first.totalCount).toBe(expected.length);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await gql(app, q, { id: COHORT, after: first.pageInfo.endCursor })).data.cohort.alteredGenes;
    const edges = [...first.edges, ...second.edges];
    expect(edges.map((e: any) => e.alteredSamples)).toEqual(expected.map((e) => e.n));
    expect(edges[0].frequency).toBe(expected[0]!.n / R.egfr_frequency.profiled);
  });

  it('lists a sample’s alterations with their VAFs', async () => {
    const rows = mafRows().filter((r) => r.Hugo_Symbol === 'EGFR' && r.HGVSp_Short === 'p.T790M' && r.t_ref_count);
    const row = rows[0]!;
    const id = `RESISTKG:sample-hcc_fixture_2025-${row.Tumor_Sample_Barcode}`;
    const r = await gql(
      app,
      `query($id: ID!) { node(id: $id) { ... on Sample { alterations(first: 10) { totalCount edges { vaf node { name gene { symbol } } } } } } }`,
      { id },
    );
    expect(r.errors).toBeUndefined();
    const carried = mafRows().filter(
      (x) =>
        x.Tumor_Sample_Barcode === row.Tumor_Sample_Barcode &&
        x.Variant_Classification !== 'Silent' &&
        x.Hugo_Symbol !== 'NOTAREALGENE',
    );
    const a = r.data.node.alterations;
    expect(a.totalCount).toBe(carried.length);
    const t790m = a.edges.find((e: any) => e.node.name === 'EGFR p.Thr790Met');
    const alt = Number(row.t_alt_count);
    expect(t790m.vaf).toBeCloseTo(alt / (alt + Number(row.t_ref_count)), 12);
    expect(t790m.node.gene.symbol).toBe('EGFR');
  });

  const SURVIVAL = `query($id: ID!, $by: AlterationGrouping!, $endpoint: String) { cohort(id: $id) {
    survival(groupBy: { alteration: $by }, endpoint: $endpoint) { alterations excluded
      groups { label n } logRank { chiSquare df pValue } cox { hazardRatio ci95Low ci95High pValue } } } }`;

  it.each([
    ['os_t790m', { variant: 'EGFR T790M' }, 'OS'],
    ['rfs_egfr', { gene: 'EGFR' }, 'DFS'],
    ['os_egfr_kras', { genes: ['EGFR', 'KRAS'] }, 'OS'],
  ])('survival by alteration status agrees with R (%s)', async (name, by, endpoint) => {
    const r = await gql(app, SURVIVAL, { id: COHORT, by, endpoint });
    expect(r.errors).toBeUndefined();
    expectR(r.data.cohort.survival, R[name]);
  });

  it('tells how patients whose tumours alter a resistance path fare (a variant counts for its gene)', async () => {
    const r = await gql(
      app,
      `query($c: ID!) { resistancePaths(drug: "gefitinib", maxHops: 1, first: 20) { nodes { id kind }
        cohortSurvival(cohort: $c) { alterations excluded groups { label n } logRank { chiSquare df pValue }
          cox { hazardRatio ci95Low ci95High pValue } } } }`,
      { c: COHORT },
    );
    expect(r.errors).toBeUndefined();
    const path = r.data.resistancePaths.find((p: any) => p.nodes[0].id === 'RESISTKG:var-EGFR-p.Thr790Met');
    expect(path.nodes.map((n: any) => n.kind)).toEqual(['VARIANT', 'DRUG']);
    expect(path.cohortSurvival.alterations).toEqual(['HGNC:3236']);
    expectR(path.cohortSurvival, R.os_egfr);
  });

  function expectR(s: any, ref: any) {
    expect(s.groups.map((g: any) => g.label)).toEqual(['not altered', 'altered']);
    expect(s.groups.map((g: any) => g.n)).toEqual(ref.groupSizes);
    expect(s.excluded).toBe(80 - ref.n);
    expect(Math.abs(s.logRank.chiSquare - ref.chiSquare)).toBeLessThan(1e-6);
    expect(Math.abs(s.logRank.pValue - ref.pValue)).toBeLessThan(1e-6);
    expect(Math.abs(s.cox.hazardRatio / ref.hazardRatio - 1)).toBeLessThan(1e-4);
    expect(Math.abs(s.cox.ci95Low / ref.ci95Low - 1)).toBeLessThan(1e-4);
    expect(Math.abs(s.cox.ci95High / ref.ci95High - 1)).toBeLessThan(1e-4);
    expect(Math.abs(s.cox.pValue - ref.coxPValue)).toBeLessThan(1e-6);
  }

  it('refuses an alteration grouping naming both a gene and a variant', async () => {
    const r = await gql(app, SURVIVAL, { id: COHORT, by: { gene: 'EGFR', variant: 'EGFR T790M' } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
