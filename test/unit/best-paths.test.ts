import { describe, expect, it } from 'vitest';
import { bestPaths, type Expansion } from '../../domain/best-paths.js';
import { rankPaths, scorePath, type PathEdgeInput, type PathInput } from '../../domain/paths.js';
import { prng } from '../../seed/prng.js';

/** A random graph: in-edges per node, degrees, and resistance edges into the drug "D". */
function graph(seed: number, nodes: number, edges: number) {
  const rnd = prng(seed);
  const ids = Array.from({ length: nodes }, (_, i) => `n${i}`);
  const inEdges = new Map<string, PathEdgeInput[]>();
  const degree = new Map<string, number>();
  const bump = (id: string) => degree.set(id, (degree.get(id) ?? 0) + 1);
  for (let k = 0; k < edges; k++) {
    // Hubs: low indices attract edges.
    const source = ids[Math.floor(rnd() * nodes)]!;
    const target = ids[Math.floor(nodes * rnd() ** 2)]!;
    if (source === target) continue;
    const e = {
      source,
      target,
      predicate: 'REGULATES',
      sign: rnd() < 0.7 ? 1 : -1,
      belief: Math.round(rnd() * 20) / 20,
      statementId: `s${k}`,
    };
    inEdges.set(target, [...(inEdges.get(target) ?? []), e]);
    bump(source);
    bump(target);
  }
  const seeds = ids
    .filter(() => rnd() < 0.15)
    .map((id, k) => ({
      source: id,
      target: 'D',
      predicate: 'CONFERS_RESISTANCE_TO',
      sign: 1,
      belief: Math.round(rnd() * 20) / 20,
      statementId: `r${k}`,
    }));
  for (const s of seeds) {
    bump(s.source);
    bump('D');
  }
  return { inEdges, degree, seeds };
}

/** Every simple path up to maxHops, ranked: what the search must reproduce. */
function enumerate(g: ReturnType<typeof graph>, maxHops: number): PathInput[] {
  const out: PathInput[] = [];
  const walk = (nodes: string[], edges: PathEdgeInput[]) => {
    out.push({ nodes, edges, degrees: nodes.map((n) => g.degree.get(n) ?? 0) });
    if (edges.length >= maxHops) return;
    for (const e of g.inEdges.get(nodes[0]!) ?? [])
      if (!nodes.includes(e.source)) walk([e.source, ...nodes], [e, ...edges]);
  };
  for (const s of g.seeds) walk([s.source, 'D'], [s]);
  return out;
}

describe('best-first resistance paths', () => {
  it('returns exactly the best paths an exhaustive ranking gives, on random hub-heavy graphs', async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const g = graph(seed, 40, 160);
      for (const maxHops of [1, 2, 3, 4]) {
        for (const first of [1, 10, 50]) {
          const expected = rankPaths(enumerate(g, maxHops), first);
          const expand = async (ids: string[]) =>
            new Map<string, Expansion>(
              ids.map((id) => [
                id,
                {
                  degree: g.degree.get(id) ?? 0,
                  edges: (g.inEdges.get(id) ?? []).sort(
                    (a, b) => b.belief - a.belief || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0),
                  ),
                },
              ]),
            );
          const seeds = g.seeds.map((s) =>
            scorePath({
              nodes: [s.source, 'D'],
              edges: [s],
              degrees: [g.degree.get(s.source) ?? 0, g.degree.get('D') ?? 0],
            }),
          );
          const got = await bestPaths(seeds, expand, { maxHops, first });
          expect(got.paths.map((p) => p.nodes)).toEqual(expected.map((p) => p.nodes));
          expect(got.paths.map((p) => p.score)).toEqual(expected.map((p) => p.score));
          expect(got.paths.map((p) => p.edges.map((e) => e.statementId))).toEqual(
            expected.map((p) => p.edges.map((e) => e.statementId)),
          );
          expect(got.expanded).toBeLessThanOrEqual(Math.max(0, first - 1) * 32 + 32);
        }
      }
    }
  });

  it('fetches nodes in batches, so a search makes a few round trips', async () => {
    const g = graph(9, 200, 1200);
    let calls = 0;
    const expand = async (ids: string[]) => {
      calls++;
      return new Map<string, Expansion>(
        ids.map((id) => [id, { degree: g.degree.get(id) ?? 0, edges: g.inEdges.get(id) ?? [] }]),
      );
    };
    const seeds = g.seeds.map((s) => scorePath({ nodes: [s.source, 'D'], edges: [s], degrees: [1, 1] }));
    const { paths, roundTrips } = await bestPaths(seeds, expand, { maxHops: 4, first: 10 });
    expect(paths).toHaveLength(10);
    expect(roundTrips).toBe(calls);
    expect(calls).toBeLessThan(5);
  });
});
