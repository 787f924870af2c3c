import { describe, expect, it } from 'vitest';
import { findConflicts, type ConflictStatement } from '../../domain/conflicts.js';

const st = (id: string, over: Partial<ConflictStatement>): ConflictStatement => ({
  id,
  subjectId: 'EGFR',
  subjectKind: 'GENE',
  predicate: 'CONFERS_RESISTANCE_TO',
  sign: 1,
  disease: null,
  alterations: [],
  supports: 1,
  refutes: 0,
  ...over,
});

describe('findConflicts', () => {
  it('tells the EGFR gene-level disagreement (L858R sensitizes, T790M resists) from a real conflict', () => {
    const l858r = st('v5', { subjectId: 'L858R', subjectKind: 'VARIANT', predicate: 'SENSITIZES_TO' });
    const t790m = st('v1', { subjectId: 'T790M', subjectKind: 'VARIANT' });
    expect(findConflicts([l858r, t790m])).toEqual([
      expect.objectContaining({ kind: 'OPPOSITE_SIGNS', resolution: 'VARIANT_LEVEL', statementIds: ['v1', 'v5'] }),
    ]);
    const contrary = st('x', { subjectId: 'T790M', subjectKind: 'VARIANT', predicate: 'SENSITIZES_TO' });
    const out = findConflicts([l858r, t790m, contrary]);
    expect(out[0]).toMatchObject({ resolution: 'REAL', statementIds: ['v1', 'x'] });
    expect(out.map((c) => c.resolution)).toEqual(['REAL', 'VARIANT_LEVEL']);
  });

  it('a gene and its variant disagree only at gene level; other diseases and alterations resolve it too', () => {
    const gene = st('g', { predicate: 'SENSITIZES_TO' });
    expect(findConflicts([gene, st('v', { subjectId: 'T790M', subjectKind: 'VARIANT' })])[0]?.resolution).toBe(
      'VARIANT_LEVEL',
    );
    expect(
      findConflicts([st('a', { disease: 'HCC' }), st('b', { predicate: 'SENSITIZES_TO', disease: 'NSCLC' })])[0],
    ).toMatchObject({ resolution: 'DISEASE_CONTEXT' });
    expect(findConflicts([st('a', { disease: 'HCC' }), st('b', { predicate: 'SENSITIZES_TO' })])[0]?.resolution).toBe(
      'REAL',
    );
    expect(
      findConflicts([st('a', { alterations: ['T790M'] }), st('b', { predicate: 'SENSITIZES_TO' })])[0]?.resolution,
    ).toBe('VARIANT_LEVEL');
  });

  it('compares regulation by sign, ignores unknown direction, unaccepted statements and unrelated predicates', () => {
    const up = st('up', { predicate: 'REGULATES', sign: 1 });
    const down = st('down', { predicate: 'REGULATES', sign: -1 });
    expect(findConflicts([up, down])).toHaveLength(1);
    expect(
      findConflicts([up, st('u0', { predicate: 'TARGETS', sign: 0 }), st('t', { predicate: 'TARGETS', sign: -1 })]),
    ).toEqual([]);
    expect(findConflicts([up, { ...down, supports: 0 }])).toEqual([]);
    expect(findConflicts([st('r', {}), st('s', { predicate: 'REGULATES', sign: -1 })])).toEqual([]);
  });

  it('reports a statement refuted at least as much as it is supported', () => {
    expect(findConflicts([st('r', { supports: 1, refutes: 2 })])).toEqual([
      expect.objectContaining({ kind: 'REFUTED', resolution: 'REAL', statementIds: ['r'] }),
    ]);
    expect(findConflicts([st('r', { supports: 2, refutes: 1 })])).toEqual([]);
  });
});
