import { describe, expect, it } from 'vitest';
import { curatedEntity, entityInputProblem, entityRecord } from '../../domain/entity.js';
import { searchNames } from '../../domain/names.js';

describe('search names', () => {
  it('rank the id and primary names 0 and aliases 1, each key once (the first text kept)', () => {
    expect(searchNames(['HGNC:1527', 'CAV1', null, 'caveolin 1'], ['CAV-1', 'VIP21', '', 'Caveolin-1'])).toEqual([
      { key: 'hgnc:1527', text: 'HGNC:1527', rank: 0 },
      { key: 'cav1', text: 'CAV1', rank: 0 },
      { key: 'caveolin1', text: 'caveolin 1', rank: 0 },
      { key: 'vip21', text: 'VIP21', rank: 1 },
    ]);
  });

  it('skip texts with no key', () => {
    expect(searchNames([' - '], ['()'])).toEqual([]);
  });
});

describe('entity records', () => {
  it('list the id, primary names and aliases for full-text search, and lookup-only names apart', () => {
    const e = entityRecord({
      kind: 'GENE',
      id: 'HGNC:6407',
      name: 'KRAS proto-oncogene',
      aliases: ['KRAS2'],
      extra: { symbol: 'KRAS' },
      lookup: { primary: ['KRAS'], aliases: ['3845'] },
    });
    expect(e.props).toEqual({
      name: 'KRAS proto-oncogene',
      aliases: ['KRAS2'],
      searchText: 'HGNC:6407 | KRAS proto-oncogene | KRAS2',
      symbol: 'KRAS',
    });
    expect(e.names.map((n) => [n.text, n.rank])).toEqual([
      ['HGNC:6407', 0],
      ['KRAS proto-oncogene', 0],
      ['KRAS', 0],
      ['KRAS2', 1],
      ['3845', 1],
    ]);
  });
});

describe('addEntity input', () => {
  const gene = { kind: 'GENE', id: ' HGNC:1527 ', name: ' caveolin 1 ', symbol: ' CAV1 ', aliases: [' VIP21 ', ' '] };

  it('builds a trimmed record with each kind’s defaults', () => {
    expect(entityInputProblem(gene)).toBeNull();
    expect(curatedEntity(gene)).toEqual({
      id: 'HGNC:1527',
      kind: 'GENE',
      props: {
        name: 'caveolin 1',
        aliases: ['VIP21'],
        searchText: 'HGNC:1527 | CAV1 | caveolin 1 | VIP21',
        symbol: 'CAV1',
        hgncId: 'HGNC:1527',
      },
      names: [
        { key: 'hgnc:1527', text: 'HGNC:1527', rank: 0 },
        { key: 'cav1', text: 'CAV1', rank: 0 },
        { key: 'caveolin1', text: 'caveolin 1', rank: 0 },
        { key: 'vip21', text: 'VIP21', rank: 1 },
      ],
    });
    const drug = curatedEntity({ kind: 'DRUG', id: 'RESISTKG:siCAV1-x', name: 'siCAV1 x', aliases: ['si-x'] });
    expect(drug.props).toMatchObject({ synonyms: ['si-x'], agentType: 'UNSPECIFIED', approvalStatus: 'EXPERIMENTAL' });
    expect(
      curatedEntity({ kind: 'DISEASE', id: 'MONDO:0007256', name: 'hepatocellular carcinoma' }).props.xrefs,
    ).toEqual([]);
  });

  it.each([
    ['a kind curators cannot add', { ...gene, kind: 'COMBINATION' }, 'input.kind'],
    ['an id of the wrong registry', { ...gene, id: 'MONDO:0007256' }, 'input.id'],
    ['no name', { ...gene, name: '  ' }, 'input.name'],
    ['a gene without its symbol', { ...gene, symbol: null }, 'input.symbol'],
    ['too long an alias', { ...gene, aliases: ['x'.repeat(201)] }, 'input.aliases'],
  ])('names the field for %s', (_, input, field) => {
    expect(entityInputProblem(input)?.field).toBe(field);
  });
});
