/** Importers of public formats, on fixtures written in those formats: validation, progress, idempotence. */
import { describe, expect, it } from 'vitest';
import { importDgidb } from '../../seed/importers/dgidb.js';
import { importDrugcentral } from '../../seed/importers/drugcentral.js';
import { importHetionet } from '../../seed/importers/hetionet.js';
import { importGmt } from '../../seed/importers/gmt.js';
import { importHgnc } from '../../seed/importers/hgnc.js';
import { ImportError } from '../../seed/importers/lines.js';
import { importMirtarbase } from '../../seed/importers/mirtarbase.js';
import { useTestApp } from '../support/db.js';
import { gql } from '../support/gql.js';

const fixture = (name: string) => new URL(`../fixtures/importers/${name}`, import.meta.url).pathname;
const ctx = useTestApp();

async function counts() {
  const [row] = await ctx.db.read(
    `CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
     CALL () { MATCH (e:Evidence) RETURN sum(e.version) AS versions } RETURN nodes, rels, versions`,
  );
  return row;
}

describe('DGIdb interactions', () => {
  it('imports targets with progress, links existing entities, and changes nothing the second time', async () => {
    const lines: string[] = [];
    const summary = await importDgidb(ctx.db, fixture('dgidb-interactions.tsv'), (m) => lines.push(m));
    expect(summary).toMatchObject({ rows: 6, statements: 6, evidence: 6 });
    expect(lines.some((l) => l.includes('done'))).toBe(true);
    const sorafenib = await gql(
      ctx.app,
      `{ drug(name: "sorafenib") { targets(first: 50) { edges { node { ... on Gene { symbol } } interactionType sign } } } }`,
    );
    const kras = sorafenib.data.drug.targets.edges.find((e: any) => e.node.symbol === 'KRAS');
    // No action stated: direction unknown, not assumed inhibitory.
    expect(kras).toMatchObject({ interactionType: 'UNKNOWN', sign: 0 });
    // Existing curated records are linked, not duplicated: BLU-554 is fisogatinib.
    const fgfr4 = await gql(
      ctx.app,
      `{ gene(symbol: "FGFR4") { targetedBy(first: 50) { edges { node { id name } } } } }`,
    );
    const fiso = fgfr4.data.gene.targetedBy.edges.filter((e: any) => /fisogatinib|BLU-554/i.test(e.node.name));
    expect(new Set(fiso.map((e: any) => e.node.id)).size).toBe(1);
    const before = await counts();
    await importDgidb(ctx.db, fixture('dgidb-interactions.tsv'));
    expect(await counts()).toEqual(before);
  });

  it('refuses a bad file whole, naming each line', async () => {
    const before = await counts();
    const err = await importDgidb(ctx.db, fixture('dgidb-bad.tsv')).catch((e) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err.message).toMatch(/line 2: unknown interaction type "teleporter"/);
    expect(err.message).toMatch(/line 3: drug_name is empty/);
    expect(err.message).toMatch(/line 4: "PMID-12" is not a PubMed id/);
    expect(await counts()).toEqual(before);
  });
});

describe('miRTarBase', () => {
  it('keeps weak evidence distinct from strong and is idempotent', async () => {
    const summary = await importMirtarbase(ctx.db, fixture('mirtarbase.tsv'));
    expect(summary).toMatchObject({ rows: 5, statements: 4, evidence: 5 });
    const r = await gql(
      ctx.app,
      `{ mirna(name: "miR-7") { targets(first: 100) { edges { node { ... on Gene { symbol } } sign statement { evidence(first: 10) { edges { node { level rating } } } } } } } }`,
    );
    const edges = r.data.mirna.targets.edges;
    const egfr = edges
      .filter((e: any) => e.node.symbol === 'EGFR')
      .flatMap((e: any) => e.statement.evidence.edges.map((x: any) => x.node));
    const igf1r = edges.find((e: any) => e.node.symbol === 'IGF1R').statement.evidence.edges.map((x: any) => x.node);
    expect(egfr).toEqual(expect.arrayContaining([{ level: 'D', rating: 4 }]));
    expect(igf1r).toEqual([{ level: 'E', rating: 2 }]);
    const mir21 = await gql(ctx.app, `{ mirna(name: "hsa-miR-21-5p") { id targets(first: 5) { totalCount } } }`);
    expect(mir21.data.mirna.targets.totalCount).toBe(2);
    const before = await counts();
    await importMirtarbase(ctx.db, fixture('mirtarbase.tsv'));
    expect(await counts()).toEqual(before);
  });

  const MIR34A = `{ mirna(name: "hsa-miR-34a-5p") { targets(first: 10) { edges { node { ... on Gene { symbol } } belief
    statement { belief evidence(first: 10) { edges { node { direction level rating } } } } } } } }`;
  async function mir34aTargets(): Promise<Record<string, any>> {
    const r = await gql(ctx.app, MIR34A);
    return Object.fromEntries(r.data.mirna.targets.edges.map((e: any) => [e.node.symbol, e]));
  }
  const directions = (edge: any) => edge.statement.evidence.edges.map((x: any) => x.node.direction).sort();

  it('imports Non-Functional MTIs as refuting evidence: they lower belief and never raise it', async () => {
    await importMirtarbase(ctx.db, fixture('mirtarbase-functional.tsv'));
    const alone = (await mir34aTargets()).ZNF217.belief;
    expect(alone).toBeGreaterThan(0);
    const summary = await importMirtarbase(ctx.db, fixture('mirtarbase-negative.tsv'));
    expect(summary).toMatchObject({ rows: 3, statements: 2, evidence: 3 });
    const t = await mir34aTargets();
    // Functional and non-functional rows for one pair: both kept, belief lower than the functional row's alone.
    expect(directions(t.ZNF217)).toEqual(['REFUTES', 'SUPPORTS']);
    expect(t.ZNF217.belief).toBeLessThan(alone);
    expect(t.ZNF217.belief).toBeGreaterThan(0);
    // Only a negative result: the statement is refuted, nothing supports it.
    expect(t.TMEM245.statement.evidence.edges.map((x: any) => x.node)).toEqual([
      { direction: 'REFUTES', level: 'E', rating: 1 },
    ]);
    expect(t.TMEM245.belief).toBe(0);
    expect(t.TMEM245.statement.belief).toBe(0);
    const before = await counts();
    await importMirtarbase(ctx.db, fixture('mirtarbase-negative.tsv'));
    expect(await counts()).toEqual(before);
    expect(await mir34aTargets()).toEqual(t);
  });

  it('moves a record to REFUTES when a reload changes its direction (a graph imported before the fix)', async () => {
    // What the importer used to write: the non-functional record supporting its statement.
    await ctx.db.writeTx((tx) =>
      tx.run(`MATCH (e:Evidence)-[r:REFUTES]->(s:Statement) WHERE e.sentence STARTS WITH 'miRTarBase MIRT900003:'
              CREATE (e)-[:SUPPORTS]->(s) SET e.direction = 'SUPPORTS' DELETE r`),
    );
    await importMirtarbase(ctx.db, fixture('mirtarbase-negative.tsv'));
    const rows = await ctx.db.read(
      `MATCH (e:Evidence)-[r]->(:Statement) WHERE e.sentence STARTS WITH 'miRTarBase MIRT900003:'
       RETURN e.direction AS direction, collect(type(r)) AS rels`,
    );
    expect(rows).toEqual([{ direction: 'REFUTES', rels: ['REFUTES'] }]);
    expect((await mir34aTargets()).TMEM245.belief).toBe(0);
  });

  it('refuses a file with non-human miRNAs, bad ids or unknown support types', async () => {
    const err = await importMirtarbase(ctx.db, fixture('mirtarbase-bad.tsv')).catch((e) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err.message).toMatch(/line 2: "mmu-miR-7a-5p" is not a human/);
    expect(err.message).toMatch(/line 3: Entrez id "EGFR"/);
    expect(err.message).toMatch(/line 3: unknown Support Type "Strong MTI"/);
  });
});

describe('GMT pathways', () => {
  it('links known genes, reports unknown symbols, and is idempotent', async () => {
    const logs: string[] = [];
    const summary = await importGmt(ctx.db, fixture('pathways.gmt'), 'test GMT', (m) => logs.push(m));
    expect(summary.sets).toBe(2);
    expect(summary.unknownGeneSymbols).toEqual(expect.arrayContaining(['NOTAGENE1', 'NOTAGENE2']));
    expect(logs.join('\n')).toMatch(/not in the graph.*NOTAGENE1/);
    const p = await gql(
      ctx.app,
      `{ pathway(id: "REACT:R-HSA-6785807") { name genes(first: 10) { totalCount edges { node { symbol } } } } }`,
    );
    expect(p.data.pathway.name).toBe('JAK-STAT test set');
    expect(p.data.pathway.genes.edges.map((e: any) => e.node.symbol)).toContain('STAT3');
    const kegg = await gql(
      ctx.app,
      `{ pathway(id: "KEGG.PATHWAY:hsa04144") { genes(first: 10) { edges { node { symbol } } } } }`,
    );
    expect(kegg.data.pathway.genes.edges.map((e: any) => e.node.symbol)).toEqual(
      expect.arrayContaining(['CAV1', 'KDR', 'FGFR4']),
    );
    const before = await counts();
    await importGmt(ctx.db, fixture('pathways.gmt'), 'test GMT');
    expect(await counts()).toEqual(before);
    const err = await importGmt(ctx.db, fixture('bad.gmt'), 'x').catch((e) => e);
    expect(err.message).toMatch(/line 1: expected name/);
  });
});

describe('HGNC complete set', () => {
  it('adds approved genes findable by alias, leaves curated genes and withdrawn entries alone, and is idempotent', async () => {
    const cav1Before = await gql(ctx.app, `{ gene(id: "HGNC:1527") { name aliases idSources } }`);
    const summary = await importHgnc(ctx.db, fixture('hgnc-sample.tsv'));
    expect(summary).toEqual({ genes: 3, withdrawn: 1 });
    const r = await gql(
      ctx.app,
      `{ kras: gene(symbol: "RASK2") { id symbol entrezId ensemblId uniprotId } old: gene(symbol: "OLDGENE") { id } }`,
    );
    expect(r.data.kras).toEqual({
      id: 'HGNC:6407',
      symbol: 'KRAS',
      entrezId: '3845',
      ensemblId: 'ENSG00000133703',
      uniprotId: 'P01116',
    });
    expect(r.data.old).toBeNull();
    expect((await gql(ctx.app, `{ search(query: "3845") { node { id } } }`)).data.search[0].node.id).toBe('HGNC:6407');
    expect(await gql(ctx.app, `{ gene(id: "HGNC:1527") { name aliases idSources } }`)).toEqual(cav1Before);
    const before = await counts();
    await importHgnc(ctx.db, fixture('hgnc-sample.tsv'));
    expect(await counts()).toEqual(before);
  });
});

describe('DrugCentral and Hetionet', () => {
  // The real files load in test/slow/kgx-round-trip.test.ts (into a database of their own).
  it('refuse a bad file whole, naming each line, and write nothing', async () => {
    const before = await counts();
    const dc = await importDrugcentral(ctx.db, fixture('drugcentral-bad.tsv')).catch((e) => e);
    expect(dc).toBeInstanceOf(ImportError);
    expect(dc.message).toMatch(/line 2: unknown action "teleporter"/);
    expect(dc.message).toMatch(/line 3: "ABL1" is not an Entrez gene id/);
    expect(dc.message).toMatch(/line 4: "DB619" is not a DrugBank id/);
    expect(dc.message).toMatch(/line 4: "PMID-1" is not a PubMed id/);
    const edges = await importHetionet(ctx.db, fixture('hetionet-edges-bad.sif')).catch((e) => e);
    expect(edges.message).toMatch(/line 2: expected source, metaedge and target/);
    const nodes = await importHetionet(ctx.db, fixture('hetionet-nodes-bad.tsv')).catch((e) => e);
    expect(nodes.message).toMatch(/line 2: expected id \(Kind::local\)/);
    const other = await importHetionet(ctx.db, fixture('pathways.gmt')).catch((e) => e);
    expect(other.message).toMatch(/not a Hetionet nodes, SIF edges or compound-binds-gene file/);
    expect(await counts()).toEqual(before);
  });
});
