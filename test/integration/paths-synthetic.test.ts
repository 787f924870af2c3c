/**
 * On random synthetic graphs, resistancePaths agrees with an independent brute-force enumeration
 * written here: the same paths up to the cut, the same signs, the same order of scores.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { statementBelief, type WeighableEvidence } from '../../domain/belief.js';
import { generateSynthetic, SMALL, type SyntheticGraph } from '../support/synthetic.js';
import { loadSynthetic } from '../support/synthetic-load.js';
import { bestResistancePaths, databaseReader } from '../../db/path.repo.js';
import type { App } from '../../server/app.js';
import { testApp, testDatabase } from '../support/db.js';
import { gql } from '../support/gql.js';

interface Edge {
  source: string;
  target: string;
  predicate: string;
  sign: number;
  belief: number;
  statementId: string;
  disease: string | null;
}

interface Expected {
  nodes: string[];
  edges: Edge[];
  sign: number;
  score: number;
}

/** The graph as the API should see it, computed from the generated rows alone. */
function model(g: SyntheticGraph) {
  const evidence = new Map<string, WeighableEvidence[]>();
  for (const e of g.evidence) {
    const list = evidence.get(e.statementId) ?? [];
    list.push({ ...(e.props as unknown as WeighableEvidence), direction: e.direction });
    evidence.set(e.statementId, list);
  }
  const edges: Edge[] = g.statements.map((s) => ({
    source: s.subject,
    target: s.object,
    predicate: s.predicate,
    sign: s.sign,
    belief: s.props.structural ? 1 : statementBelief(evidence.get(s.id) ?? []),
    statementId: s.id,
    disease: (s.props.contextDisease as string) ?? null,
  }));
  const degree = new Map<string, number>();
  for (const e of edges) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
  return { edges, degree };
}

function bruteForce(
  g: SyntheticGraph,
  drug: string,
  disease: string | null,
  maxHops: number,
  minBelief: number,
  alterations: string[] | null = null,
): Expected[] {
  const { edges, degree } = model(g);
  // Variants only start paths: one is never expanded, and starts one only when no tumour is given or it carries it.
  const variants = new Set(g.entities.filter((e) => e.kind === 'VARIANT').map((e) => e.id));
  const mayStart = (n: string) => !variants.has(n) || alterations === null || alterations.includes(n);
  const ok = (e: Edge) =>
    e.belief >= minBelief && (disease === null || e.disease === null || e.disease === disease) && mayStart(e.source);
  const ends = [drug, ...edges.filter((e) => e.predicate === 'MEMBER_OF' && e.source === drug).map((e) => e.target)];
  const incoming = new Map<string, Edge[]>();
  for (const e of edges) {
    if ((e.predicate === 'REGULATES' || e.predicate === 'TARGETS') && ok(e)) {
      incoming.set(e.target, [...(incoming.get(e.target) ?? []), e]);
    }
  }
  const out: Expected[] = [];
  for (const t of ends) {
    for (const res of edges.filter((e) => e.predicate === 'CONFERS_RESISTANCE_TO' && e.target === t && ok(e))) {
      // Walk backwards from the resisting node, keeping paths simple and away from t.
      const walk = (nodes: string[], chain: Edge[]) => {
        const all = [...nodes, t];
        const es = [...chain, res];
        const interior = all.slice(1, -1);
        const score =
          es.reduce((p, e) => p * e.belief, 1) *
          interior.reduce((p, n) => p / (1 + Math.log(1 + (degree.get(n) ?? 0) / 50)), 1);
        out.push({
          nodes: all,
          edges: es,
          sign: es.reduce((s, e) => s * e.sign, 1),
          score: Math.round(score * 1e9) / 1e9,
        });
        if (chain.length + 1 >= maxHops) return;
        if (variants.has(nodes[0]!)) return;
        for (const e of incoming.get(nodes[0]!) ?? []) {
          if (e.source === t || nodes.includes(e.source)) continue;
          walk([e.source, ...nodes], [e, ...chain]);
        }
      };
      if (res.source !== t) walk([res.source], []);
    }
  }
  return out.sort((a, b) => {
    if (a.score !== b.score) return b.score - a.score;
    if (a.edges.length !== b.edges.length) return a.edges.length - b.edges.length;
    const ka = a.nodes.join('\u0000');
    const kb = b.nodes.join('\u0000');
    if (ka !== kb) return ka < kb ? -1 : 1;
    const sa = a.edges.map((e) => e.statementId).join('\u0000');
    const sb = b.edges.map((e) => e.statementId).join('\u0000');
    return sa < sb ? -1 : sa > sb ? 1 : 0;
  });
}

const QUERY = `query($drug: ID!, $disease: ID, $maxHops: Int, $minBelief: Float, $first: Int, $alterations: [ID!]) {
  resistancePaths(drug: $drug, disease: $disease, maxHops: $maxHops, minBelief: $minBelief, first: $first,
                  alterations: $alterations) {
    sign score hops truncated nodes { id } edges { statement { id } } } }`;

let db: Database;
let app: App;
const graphs: SyntheticGraph[] = [];
const SEEDS = [11, 12, 13, 14];

beforeAll(async () => {
  db = testDatabase();
  app = await testApp(db);
  for (const seed of SEEDS) {
    const g = generateSynthetic({
      seed,
      genes: 60,
      drugs: 8,
      mirnas: 6,
      regulationsPerGene: 2.5,
      hubs: 4,
      resistancePerDrug: 2,
      variants: 12,
    });
    await loadSynthetic(db, g);
    graphs.push(g);
  }
});
afterAll(async () => {
  await app.apollo.stop();
  await db.close();
});

describe('resistancePaths against brute force', () => {
  it('agree on random graphs with variants, drugs, hop limits, belief cut-offs, diseases and tumours', async () => {
    let compared = 0;
    let variantPaths = 0;
    for (const g of graphs) {
      const drugs = g.entities.filter((e) => e.kind === 'DRUG').map((e) => e.id);
      const variants = g.entities.filter((e) => e.kind === 'VARIANT').map((e) => e.id);
      // A tumour carrying a third of the variants, and one carrying none of them.
      const carried = variants.filter((_, i) => i % 3 === 0);
      for (const drug of drugs) {
        for (const [maxHops, minBelief, disease, alterations] of [
          [3, 0, null, null],
          [4, 0.05, g.diseases[0]!, null],
          [2, 0, g.diseases[1]!, null],
          [4, 0, null, carried],
          [3, 0, g.diseases[0]!, []],
        ] as const) {
          const tumour = alterations ? [...alterations] : null;
          const expected = bruteForce(g, drug, disease, maxHops, minBelief, tumour).slice(0, 25);
          variantPaths += expected.filter((p) => variants.includes(p.nodes[0]!)).length;
          const r = await gql(app, QUERY, { drug, disease, maxHops, minBelief, first: 25, alterations: tumour });
          expect(r.errors).toBeUndefined();
          const got = r.data.resistancePaths as any[];
          expect(got.map((p) => p.nodes.map((n: any) => n.id))).toEqual(expected.map((p) => p.nodes));
          expect(got.map((p) => p.edges.map((e: any) => e.statement.id))).toEqual(
            expected.map((p) => p.edges.map((e) => e.statementId)),
          );
          expect(got.map((p) => p.sign)).toEqual(expected.map((p) => p.sign));
          got.forEach((p, i) => expect(p.score).toBeCloseTo(expected[i]!.score, 9));
          expect(got.every((p) => !p.truncated)).toBe(true);
          compared += expected.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
    expect(variantPaths).toBeGreaterThan(10);
    // 160 queries against the brute force: more than the default timeout on a busy 2-core machine.
  }, 300_000);
});

describe('a hub-heavy graph', () => {
  it('finds the exact best paths without enumerating them, in a few round trips', async () => {
    const g = generateSynthetic({ seed: 99, ...SMALL, genes: 1500, drugs: 60 });
    await loadSynthetic(db, g);
    // The drug with the most resistance statements from hub genes: deep paths multiply quickly.
    const hubs = new Set(
      g.entities
        .filter((e) => e.kind === 'GENE')
        .slice(0, SMALL.hubs)
        .map((e) => e.id),
    );
    const counts = new Map<string, number>();
    for (const s of g.statements)
      if (s.predicate === 'CONFERS_RESISTANCE_TO' && hubs.has(s.subject))
        counts.set(s.object, (counts.get(s.object) ?? 0) + 1);
    const drug = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    for (const maxHops of [3, 6]) {
      const r = await gql(app, QUERY, { drug, maxHops, minBelief: 0, first: 10 });
      expect(r.errors).toBeUndefined();
      const got = r.data.resistancePaths as any[];
      expect(got).toHaveLength(10);
      expect(got.every((p) => !p.truncated)).toBe(true);
      if (maxHops === 3)
        expect(got.map((p) => p.nodes.map((n: any) => n.id))).toEqual(
          bruteForce(g, drug, null, 3, 0)
            .slice(0, 10)
            .map((p) => p.nodes),
        );
    }
    const counter = { queries: 0 };
    await bestResistancePaths(databaseReader(db, { counter }), {
      drug,
      disease: null,
      maxHops: 6,
      minBelief: 0,
      first: 10,
    });
    expect(counter.queries).toBeLessThanOrEqual(5);
    // Loading the 1,500-gene graph alone can take most of a minute on a busy 2-core machine.
  }, 240_000);
});
