/** CIViC's clinical evidence export (issue 14 item 6) on a fixture in its documented column layout. */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAll } from '../../seed/importers/all.js';
import { importCivic } from '../../seed/importers/civic.js';
import { ImportError } from '../../seed/importers/lines.js';
import { useTestApp } from '../support/db.js';
import { gql } from '../support/gql.js';

const fixture = (name: string) => new URL(`../fixtures/importers/${name}`, import.meta.url).pathname;
const ctx = useTestApp();

async function counts() {
  const [row] = await ctx.db.read(
    `CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
     CALL () { MATCH (e:Evidence) RETURN sum(e.version) AS versions }
     CALL () { MATCH (s:Statement) RETURN sum(s.belief) AS belief } RETURN nodes, rels, versions, belief`,
  );
  return row;
}

async function civicEvidence() {
  const [row] = await ctx.db.read(`MATCH (e:Evidence) WHERE e.curator = 'import:civic' RETURN count(e) AS n`);
  return Number(row!.n);
}

async function ok(query: string) {
  const r = await gql(ctx.app, query);
  expect(r.errors).toBeUndefined();
  return r.data;
}

const STATEMENTS = `{ variant(name: "EGFR T790M") { id statements(first: 50) { edges { node {
  id predicate belief object { id name } context { variantOrigin disease { id name } alterations { id name } }
  evidence(first: 10) { edges { node { level rating direction evidenceType significance sentence } } } } } } } }`;

describe('CIViC clinical evidence import', () => {
  it('refuses a bad file whole, naming each line, and writes nothing', async () => {
    const before = await counts();
    const err = await importCivic(ctx.db, fixture('civic-bad.tsv')).catch((e) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err.message).toMatch(/line 3: evidence_level "F" is not A–E/);
    expect(err.message).toMatch(/line 4: rating "7" is not 1–5/);
    expect(err.message).toMatch(/line 5: evidence_direction "Maybe" is not Supports or Does Not Support/);
    expect(err.message).toMatch(/line 6: significance "Sensitive" is not one of CIViC's values/);
    expect(err.message).toMatch(/line 7: significance RESISTANCE belongs to PREDICTIVE evidence, not PROGNOSTIC/);
    expect(err.message).not.toMatch(/line 2:/);
    expect(await civicEvidence()).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('imports statements and evidence, reports what it skipped and created, and a reload changes nothing', async () => {
    const lines: string[] = [];
    const summary = await importCivic(ctx.db, fixture('civic-evidence.tsv'), (m) => lines.push(m));
    // 14 rows: 5 skipped (adverse response, submitted, OR profile, predisposing, unrated); SUBSTITUTES gives 2 records.
    expect(summary).toMatchObject({ rows: 9, evidence: 10, statements: 9 });
    expect(summary.skipped).toEqual([
      'line 10: predictive significance "Adverse Response" (toxicity) has no predicate in the vocabulary',
      'line 11: evidence_status submitted (load with --include-submitted)',
      'line 12: molecular profile "EGFR T790M OR EGFR C797S" uses OR or NOT (only AND is a set of alterations)',
      'line 13: predisposing evidence has no predicate in the vocabulary (not about drugs or a disease)',
      'line 15: no rating (every evidence record needs one to weigh it)',
    ]);
    expect(summary.newDrugs).toEqual(['Dabrafenib', 'Trametinib', 'Lorlatinib']);
    // DOID:3908 is the seed's NSCLC (its xref): no second NSCLC is created.
    expect(summary.newDiseases).not.toContainEqual(expect.stringMatching(/^DOID:3908/));
    expect(summary.newDiseases).toEqual(expect.arrayContaining(['DOID:3910 Lung Adenocarcinoma']));
    expect(lines.some((l) => l.includes('line 11: evidence_status submitted'))).toBe(true);
    expect(await civicEvidence()).toBe(10);

    const before = await counts();
    const again = await importCivic(ctx.db, fixture('civic-evidence.tsv'));
    expect(again).toMatchObject({ evidence: 10, newDrugs: [], newDiseases: [], newEntities: 0 });
    expect(await counts()).toEqual(before);
  });

  it('answers variant(name: "EGFR T790M") with the CIViC statements, the curated variant reused', async () => {
    const d = await ok(STATEMENTS);
    const stmts = d.variant.statements.edges.map((e: any) => e.node);
    const osimertinib = stmts.find(
      (s: any) =>
        s.predicate === 'SENSITIZES_TO' &&
        /osimertinib/i.test(s.object.name) &&
        s.evidence.edges.some((e: any) => /improved progression-free survival/.test(e.node.sentence)),
    );
    expect(osimertinib).toBeDefined();
    expect(osimertinib.context).toMatchObject({
      variantOrigin: 'SOMATIC',
      disease: { id: 'RESISTKG:disease-NSCLC', name: 'non-small cell lung cancer' },
    });
    expect(osimertinib.evidence.edges.map((e: any) => e.node)).toContainEqual({
      level: 'A',
      rating: 5,
      direction: 'SUPPORTS',
      evidenceType: 'PREDICTIVE',
      significance: 'SENSITIVITY_RESPONSE',
      sentence: expect.stringMatching(/^In patients with EGFR T790M-positive NSCLC/),
    });
    // The AND profile: subject T790M, both variants required in the context.
    const both = stmts.find((s: any) => s.context.alterations.length === 2);
    expect(both).toMatchObject({ predicate: 'CONFERS_RESISTANCE_TO' });
    expect(both.context.alterations.map((a: any) => a.name).sort()).toEqual(['EGFR p.Cys797Ser', 'EGFR p.Thr790Met']);
    const [row] = await ctx.db.read(`MATCH (v:Variant) WHERE v.name = 'EGFR p.Thr790Met' RETURN count(v) AS n`);
    expect(Number(row!.n)).toBe(1);
  });

  it('resolves the DOID to the seed disease that carries it as an xref: one NSCLC', async () => {
    const [row] = await ctx.db.read(
      `MATCH (d:Disease) WHERE toLower(d.name) CONTAINS 'non-small cell' OR 'DOID:3908' IN d.xrefs OR d.id = 'DOID:3908'
       RETURN collect(d.id) AS ids`,
    );
    expect(row!.ids).toEqual(['RESISTKG:disease-NSCLC']);
    const [stmts] = await ctx.db.read(
      `MATCH (s:Statement) WHERE s.source = 'CIViC' AND s.contextDisease = 'RESISTKG:disease-NSCLC' RETURN count(s) AS n`,
    );
    expect(stmts!.n).toBeGreaterThan(0);
  });

  it('stores the exact CIViC significance and no separate raw copy', async () => {
    const [row] = await ctx.db.read(
      `MATCH (e:Evidence) WHERE e.civicEvidenceId = 1007 OR e.curator = 'import:civic'
       RETURN collect(DISTINCT e.significance) AS values, count(e.civicSignificance) AS raw`,
    );
    expect([...(row!.values as string[])].sort()).toEqual([
      'POOR_OUTCOME',
      'REDUCED_SENSITIVITY',
      'RESISTANCE',
      'SENSITIVITY_RESPONSE',
    ]);
    expect(row!.raw).toBe(0);
  });

  it('loads COMBINATION therapies as one combination and SUBSTITUTES as one statement each', async () => {
    const [combo] = await ctx.db.read(
      `MATCH (c:Combination)-[r:HAS_COMPONENT]->(d) WHERE c.source = 'CIViC'
       WITH c, d ORDER BY r.position RETURN c.name AS name, c.interactionType AS type, collect(d.name) AS drugs`,
    );
    expect(combo).toMatchObject({
      name: 'Dabrafenib + Trametinib',
      type: 'COMBINATION',
      drugs: ['dabrafenib', 'trametinib'],
    });
    const [stmt] = await ctx.db.read(
      `MATCH (v:Variant {name: 'BRAF p.Val600Glu'})<-[:SUBJECT]-(s:Statement)-[:OBJECT]->(c:Combination {name: 'Dabrafenib + Trametinib'})
       RETURN s.predicate AS predicate`,
    );
    expect(stmt).toEqual({ predicate: 'SENSITIZES_TO' });
    const substitutes = await ctx.db.read(
      `MATCH (e:Evidence)-[:SUPPORTS]->(s:Statement)-[:OBJECT]->(d:Drug) WHERE e.civicEvidenceId = 1005
       RETURN d.name AS drug ORDER BY drug`,
    );
    expect(substitutes.map((r) => r.drug)).toEqual(['erlotinib', 'gefitinib']);
  });

  it('lets a "Does Not Support" row lower belief rather than raise it', async () => {
    const rows = await ctx.db.read(
      `MATCH (e:Evidence)-[:SUPPORTS]->(s:Statement)-[:OBJECT]->(d:Drug) WHERE e.civicEvidenceId = 1005
       OPTIONAL MATCH (r:Evidence)-[:REFUTES]->(s)
       RETURN d.name AS drug, s.belief AS belief, collect(r.civicEvidenceId) AS refuting ORDER BY drug`,
    );
    const [erlotinib, gefitinib] = rows as { drug: string; belief: number; refuting: number[] }[];
    // The same supporting record on both; erlotinib also has the refuting row 1006.
    expect(erlotinib!.refuting).toEqual([1006]);
    expect(gefitinib!.refuting).toEqual([]);
    expect(gefitinib!.belief).toBeGreaterThan(0);
    expect(erlotinib!.belief).toBeLessThan(gefitinib!.belief);
  });

  it('loads submitted rows with --include-submitted as SUBMITTED evidence that leaves belief alone', async () => {
    const before = await counts();
    const summary = await importCivic(ctx.db, fixture('civic-evidence.tsv'), undefined, { includeSubmitted: true });
    expect(summary).toMatchObject({ evidence: 11 });
    const [row] = await ctx.db.read(
      `MATCH (e:Evidence {id: 'RESISTKG:ev-civic-EID1010'})-[:SUPPORTS]->(s:Statement) RETURN e.status AS status, s.belief AS belief`,
    );
    expect(row).toEqual({ status: 'SUBMITTED', belief: 0 });
    expect((await counts()).belief).toBe(before!.belief);
  });

  it('is picked up by import -- all from its header when renamed, and changes nothing already loaded', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'civic-all-'));
    try {
      copyFileSync(fixture('civic-evidence.tsv'), path.join(dir, 'civic-2024-01.tsv'));
      const before = await counts();
      const { imported, notRecognised } = await importAll(ctx.db, dir);
      expect(notRecognised).toEqual([]);
      expect(imported['civic-2024-01.tsv']).toMatchObject({ rows: 9, evidence: 10, newEntities: 0 });
      expect(await counts()).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
