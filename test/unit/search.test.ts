import { describe, expect, it } from 'vitest';
import {
  EXACT_ALIAS,
  EXACT_PRIMARY,
  FULLTEXT_MAX,
  luceneTerms,
  matchedName,
  rankHits,
  toLuceneQuery,
  type SearchNode,
} from '../../domain/search.js';

const cdkn1a: SearchNode = {
  id: 'HGNC:1784',
  name: 'cyclin dependent kinase inhibitor 1A',
  symbol: 'CDKN1A',
  aliases: ['p21', 'CIP1'],
};
const cav1: SearchNode = { id: 'HGNC:1527', name: 'caveolin 1', symbol: 'CAV1', aliases: ['VIP21'] };
const cav2: SearchNode = { id: 'HGNC:1528', name: 'caveolin 2', symbol: 'CAV2' };
const sorafenib: SearchNode = { id: 'CHEMBL:1336', name: 'sorafenib', synonyms: ['Nexavar', 'BAY 43-9006'] };

describe('lucene queries', () => {
  it('escapes special characters and drops operators', () => {
    expect(luceneTerms('p21-Rac1 AND (x)')).toEqual(['p21', 'rac1', 'x']);
    expect(toLuceneQuery('caveolin p21')).toBe('+(caveolin OR caveolin* OR caveolin~1) +(p21 OR p21*)');
    expect(toLuceneQuery('AND ()')).toBeNull();
  });
});

describe('matchedName', () => {
  it('prefers a name holding every term, then one holding any, then the name', () => {
    expect(matchedName(cdkn1a, ['p21'])).toBe('p21');
    expect(matchedName(sorafenib, ['nexavar'])).toBe('Nexavar');
    expect(matchedName(cav1, ['caveolin', '1'])).toBe('caveolin 1');
    expect(matchedName(cav1, ['zzz'])).toBe('caveolin 1');
  });
});

describe('rankHits', () => {
  it('puts exact matches first, primary before alias, and counts each node once', () => {
    const hits = rankHits(
      'p21',
      [
        { node: cdkn1a, rank: 1, matched: 'p21' },
        { node: cav1, rank: 0, matched: 'CAV1' },
        { node: cdkn1a, rank: 2, matched: 'P21' },
      ],
      [
        { node: cdkn1a, score: 9 },
        { node: cav2, score: 3 },
      ],
      10,
    );
    expect(hits.map((h) => [h.node.id, h.score, h.matched, h.matchType])).toEqual([
      ['HGNC:1527', EXACT_PRIMARY, 'CAV1', 'EXACT'],
      ['HGNC:1784', EXACT_ALIAS, 'p21', 'EXACT'],
      // Scaled by the best full-text score (9, CDKN1A's, though CDKN1A itself is an exact hit).
      ['HGNC:1528', Math.round(((FULLTEXT_MAX * 3) / 9) * 1000) / 1000, 'caveolin 2', 'FULLTEXT'],
    ]);
  });

  it('scales full-text scores into (0, 80], breaks ties by id, and keeps the first `first`', () => {
    const hits = rankHits(
      'caveolin',
      [],
      [
        { node: cav2, score: 2 },
        { node: cav1, score: 2 },
        { node: sorafenib, score: 1 },
      ],
      2,
    );
    expect(hits.map((h) => [h.node.id, h.score])).toEqual([
      ['HGNC:1527', FULLTEXT_MAX],
      ['HGNC:1528', FULLTEXT_MAX],
    ]);
    expect(rankHits('x', [], [], 5)).toEqual([]);
  });
});
