import { describe, expect, it } from 'vitest';
import { INFERRED_FACTOR, MAX_RATIONALE, bestLevel, rankCandidates } from '../../domain/combinations.js';
import { scorePath } from '../../domain/paths.js';

const node = (id: string, name = id) => ({ id, name });
const ev = (id: string, level: string) => ({ id, level });
const path = (nodes: string[], signs: number[], belief = 0.5) =>
  scorePath({
    nodes,
    edges: signs.map((sign, i) => ({
      source: nodes[i]!,
      target: nodes[i + 1]!,
      predicate: 'REGULATES',
      sign,
      belief,
      statementId: `s${nodes[i]}${nodes[i + 1]}`,
    })),
    degrees: nodes.map(() => 1),
  });

describe('combination candidates', () => {
  const paths = [path(['T1', 'D'], [1]), path(['T2', 'D'], [1]), path(['M', 'T1', 'D'], [-1, 1])];

  it('keeps the two kinds apart and explains inferred ones', () => {
    const out = rankCandidates({
      drugId: 'D',
      backed: [
        {
          partner: node('P1'),
          combination: node('C1'),
          statementId: 'c1',
          belief: 0.4,
          evidence: [ev('e1', 'D'), ev('e2', 'B')],
        },
      ],
      targeting: [
        { agent: node('P1'), target: 'T1', sign: -1, belief: 0.8, statementId: 't1', evidence: [ev('e3', 'A')] },
        { agent: node('P2'), target: 'T2', sign: -1, belief: 0.8, statementId: 't2', evidence: [ev('e4', 'C')] },
        { agent: node('P3'), target: 'T2', sign: 1, belief: 0.9, statementId: 't3', evidence: [] },
        { agent: node('D'), target: 'T1', sign: -1, belief: 0.9, statementId: 't4', evidence: [] },
      ],
      paths,
      includeInferred: true,
      first: 10,
    });
    expect(out.map((c) => [c.partner.id, c.basis])).toEqual([
      ['P1', 'EVIDENCE_BACKED'],
      ['P2', 'INFERRED'],
    ]);
    expect(out[0]!.bestLevel).toBe('B');
    expect(out[0]!.evidence.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(out[0]!.rationale.map((p) => p.nodes.join(''))).toEqual(['T1D']);
    expect(out[1]!.score).toBeCloseTo(INFERRED_FACTOR * 0.8 * 0.5, 9);
    expect(out[1]!.rationale).toHaveLength(1);
    expect(out.map((c) => c.rationaleTruncated)).toEqual(out.map(() => false));
  });

  it('keeps the best MAX_RATIONALE paths and says when it dropped some', () => {
    const many = Array.from({ length: MAX_RATIONALE + 2 }, (_, i) => path(['T1', `X${i}`, 'D'], [1, 1], 0.3 + i / 100));
    const rank = (n: number) =>
      rankCandidates({
        drugId: 'D',
        backed: [],
        targeting: [{ agent: node('A'), target: 'T1', sign: -1, belief: 0.8, statementId: 't', evidence: [] }],
        paths: many.slice(0, n),
        includeInferred: true,
        first: 5,
      })[0]!;
    const cut = rank(many.length);
    expect(cut.rationale).toHaveLength(MAX_RATIONALE);
    expect(cut.rationale[0]!.nodes).toEqual(['T1', `X${MAX_RATIONALE + 1}`, 'D']);
    expect(cut.rationaleTruncated).toBe(true);
    expect(rank(MAX_RATIONALE).rationaleTruncated).toBe(false);
  });

  it('puts evidence-backed first on equal scores, and can leave inferred out', () => {
    const backed = [
      { partner: node('Z', 'zeta'), combination: node('C'), statementId: 'c', belief: 0.2, evidence: [ev('e', 'D')] },
    ];
    const targeting = [
      { agent: node('A', 'alpha'), target: 'T1', sign: -1, belief: 0.8, statementId: 't', evidence: [] },
    ];
    const equal = rankCandidates({
      drugId: 'D',
      backed,
      targeting,
      paths: [path(['T1', 'D'], [1], 0.5)],
      includeInferred: true,
      first: 5,
    });
    expect(equal.map((c) => c.basis)).toEqual(['EVIDENCE_BACKED', 'INFERRED']);
    const only = rankCandidates({ drugId: 'D', backed, targeting, paths, includeInferred: false, first: 5 });
    expect(only.map((c) => c.basis)).toEqual(['EVIDENCE_BACKED']);
    expect(bestLevel([])).toBeNull();
  });

  it('never takes a sign-0 edge (direction unknown) as inhibition, nor a path through one as promoting resistance', () => {
    const out = rankCandidates({
      drugId: 'D',
      backed: [],
      targeting: [
        { agent: node('U'), target: 'T1', sign: 0, belief: 0.9, statementId: 'u', evidence: [] },
        { agent: node('X'), target: 'M0', sign: -1, belief: 0.9, statementId: 'x', evidence: [] },
        { agent: node('I'), target: 'T1', sign: -1, belief: 0.5, statementId: 'i', evidence: [] },
      ],
      // M0 reaches resistance only through an edge of unknown direction.
      paths: [path(['T1', 'D'], [1]), path(['M0', 'T1', 'D'], [0, 1])],
      includeInferred: true,
      first: 10,
    });
    expect(out.map((c) => c.partner.id)).toEqual(['I']);
  });

  it('is tumour-aware: variant-conditional evidence needs the variants, defeated partners never appear', () => {
    const backed = [
      {
        partner: node('OSI'),
        combination: node('C3'),
        statementId: 'c3',
        belief: 0.6,
        evidence: [ev('e', 'B')],
        requires: ['T790M'],
      },
      { partner: node('Q'), combination: node('C4'), statementId: 'c4', belief: 0.3, evidence: [ev('f', 'D')] },
    ];
    const targeting = [{ agent: node('P2'), target: 'T2', sign: -1, belief: 0.8, statementId: 't2', evidence: [] }];
    const rank = (alterations: string[] | null, defeated: string[] = []) =>
      rankCandidates({
        drugId: 'D',
        backed,
        targeting,
        paths,
        includeInferred: true,
        first: 10,
        alterations,
        defeated: new Set(defeated),
      }).map((c) => [c.partner.id, c.requiredAlterations]);
    // No tumour: listed, with what they require.
    expect(rank(null)).toEqual([
      ['OSI', ['T790M']],
      ['Q', []],
      ['P2', []],
    ]);
    expect(rank(['T790M'])).toEqual(rank(null));
    expect(rank([])).toEqual([
      ['Q', []],
      ['P2', []],
    ]);
    expect(rank(['T790M', 'C797S'], ['OSI', 'P2'])).toEqual([['Q', []]]);
  });
});
