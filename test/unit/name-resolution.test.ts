import { describe, expect, it } from 'vitest';
import { distinctKeys, nameMatchType, resolveNames, type KeyMatch } from '../../domain/name-resolution.js';

const CAV1 = { id: 'HGNC:1527', name: 'caveolin 1', symbol: 'CAV1' };
const PRKAA1 = { id: 'HGNC:9376', name: 'protein kinase AMP-activated catalytic subunit alpha 1', symbol: 'PRKAA1' };
const PRKAA2 = { id: 'HGNC:9377', name: 'protein kinase AMP-activated catalytic subunit alpha 2', symbol: 'PRKAA2' };

describe('name match types', () => {
  it('tells the id, symbol, name, other ids and aliases apart', () => {
    expect(nameMatchType('hgnc:1527', CAV1, 0)).toBe('ID');
    expect(nameMatchType('cav1', CAV1, 0)).toBe('SYMBOL');
    expect(nameMatchType('caveolin1', CAV1, 0)).toBe('NAME');
    expect(nameMatchType('857', CAV1, 0)).toBe('CROSS_REFERENCE');
    expect(nameMatchType('vip21', CAV1, 1)).toBe('ALIAS');
    expect(nameMatchType('sorafenib', { id: 'CHEMBL.COMPOUND:CHEMBL1336', name: 'sorafenib' }, 0)).toBe('NAME');
  });
});

describe('resolving names', () => {
  it('asks for each distinct non-empty key once', () => {
    expect(distinctKeys(['CAV1', 'cav-1', ' ', 'p21', 'CAV 1'])).toEqual(['cav1', 'p21']);
  });

  it('answers every name in input order, as given, best match first, null type when unknown', () => {
    const byKey = new Map<string, KeyMatch<typeof CAV1>[]>([
      ['cav1', [{ node: CAV1, rank: 0, matched: 'CAV1' }]],
      [
        'ampk',
        [
          { node: PRKAA2, rank: 1, matched: 'AMPK' },
          { node: PRKAA1, rank: 1, matched: 'AMPK' },
        ],
      ],
      [
        'hgnc:9377',
        [
          { node: CAV1, rank: 1, matched: 'HGNC:9377' },
          { node: PRKAA2, rank: 0, matched: 'HGNC:9377' },
        ],
      ],
    ]);
    const out = resolveNames(['nope', 'cav-1', 'AMPK', '', 'HGNC:9377'], byKey);
    expect(out.map((r) => [r.name, r.matchType, r.matches.map((m) => `${m.node.id} ${m.matchType}`)])).toEqual([
      ['nope', null, []],
      ['cav-1', 'SYMBOL', ['HGNC:1527 SYMBOL']],
      ['AMPK', 'ALIAS', ['HGNC:9376 ALIAS', 'HGNC:9377 ALIAS']],
      ['', null, []],
      ['HGNC:9377', 'ID', ['HGNC:9377 ID', 'HGNC:1527 ALIAS']],
    ]);
  });
});
