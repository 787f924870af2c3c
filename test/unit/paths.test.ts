import { describe, expect, it } from 'vitest';
import { hubPenalty, pathScore, pathSign, rankPaths, type PathInput } from '../../domain/paths.js';

const edge = (source: string, target: string, sign: number, belief: number, statementId = `${source}-${target}`) => ({
  source,
  target,
  predicate: 'REGULATES',
  sign,
  belief,
  statementId,
});

describe('path sign and score', () => {
  it('multiplies signs', () => {
    expect(pathSign([{ sign: -1 }, { sign: 1 }, { sign: 1 }])).toBe(-1);
    expect(pathSign([{ sign: -1 }, { sign: -1 }])).toBe(1);
    expect(pathSign([])).toBe(1);
  });

  it('gives a path through an edge of unknown direction (sign 0) sign 0, never +1 or -1', () => {
    expect(pathSign([{ sign: 0 }, { sign: 1 }])).toBe(0);
    expect(pathSign([{ sign: -1 }, { sign: 0 }, { sign: -1 }])).toBe(0);
    expect(pathSign([{ sign: -1 }, { sign: 0 }])).toBe(0);
  });

  it('multiplies beliefs and penalises hubs, more for bigger hubs', () => {
    expect(pathScore([{ belief: 0.5 }, { belief: 0.4 }], [])).toBeCloseTo(0.2, 12);
    expect(hubPenalty(0)).toBe(1);
    expect(hubPenalty(10)).toBeGreaterThan(hubPenalty(1000));
    expect(pathScore([{ belief: 0.5 }, { belief: 0.5 }], [1000])).toBeLessThan(
      pathScore([{ belief: 0.5 }, { belief: 0.5 }], [3]),
    );
  });
});

describe('ranking', () => {
  const p = (nodes: string[], beliefs: number[], degrees?: number[]): PathInput => ({
    nodes,
    edges: beliefs.map((b, i) => edge(nodes[i]!, nodes[i + 1]!, 1, b)),
    degrees: degrees ?? nodes.map(() => 1),
  });

  it('orders by score, then hops, then node ids, and drops non-simple paths', () => {
    const ranked = rankPaths(
      [
        p(['b', 'x'], [0.5]),
        p(['a', 'x'], [0.5]),
        p(['c', 'y', 'x'], [0.9, 0.9]),
        p(['a', 'b', 'a', 'x'], [1, 1, 1]),
        p(['d', 'x'], [0.1]),
      ],
      10,
    );
    expect(ranked.map((r) => r.nodes.join(''))).toEqual(['cyx', 'ax', 'bx', 'dx']);
    expect(ranked[0]!.hops).toBe(2);
  });

  it('prefers the specific route over the hub route of equal beliefs', () => {
    const ranked = rankPaths(
      [p(['s', 'hub', 't'], [0.6, 0.6], [1, 5000, 1]), p(['s', 'k', 't'], [0.6, 0.6], [1, 4, 1])],
      2,
    );
    expect(ranked[0]!.nodes[1]).toBe('k');
  });
});
