import { describe, expect, it } from 'vitest';
import { nameKey } from '../../domain/names.js';
import { entityInputProblem } from '../../domain/entity.js';
import {
  curatedVariant,
  parseProteinChange,
  sharedVariantKeys,
  variantId,
  variantRecord,
} from '../../domain/variant.js';

describe('parseProteinChange', () => {
  it('reads every way people write EGFR T790M as the same canonical change', () => {
    for (const text of ['T790M', 'p.T790M', 'p.Thr790Met', 'Thr790Met', 'p.(Thr790Met)', 't790m']) {
      expect(parseProteinChange(text)).toEqual({
        gene: null,
        hgvsp: 'p.Thr790Met',
        short: 'p.T790M',
        position: 790,
        alterationType: 'MISSENSE',
      });
    }
    for (const text of ['EGFR T790M', 'EGFR p.T790M', 'EGFR p.Thr790Met', 'EGFR:p.T790M', '  EGFR   T790M ']) {
      expect(parseProteinChange(text)).toMatchObject({ gene: 'EGFR', hgvsp: 'p.Thr790Met', short: 'p.T790M' });
    }
  });

  it('reads stops (*, X, Ter) as nonsense and fs as a frameshift', () => {
    expect(parseProteinChange('TP53 R213*')).toMatchObject({ hgvsp: 'p.Arg213Ter', alterationType: 'NONSENSE' });
    expect(parseProteinChange('p.R213X')).toMatchObject({ hgvsp: 'p.Arg213Ter', short: 'p.R213*' });
    expect(parseProteinChange('p.Arg213Ter')).toMatchObject({ hgvsp: 'p.Arg213Ter' });
    expect(parseProteinChange('p.L747fs')).toMatchObject({ hgvsp: 'p.Leu747fs', alterationType: 'FRAMESHIFT' });
    expect(parseProteinChange('p.Leu747fsTer12')).toMatchObject({ hgvsp: 'p.Leu747fs' });
  });

  it('refuses what is not a protein change', () => {
    for (const text of [
      '',
      'EGFR',
      'T790',
      'p.Thr790Thr',
      'p.Zzz790Met',
      'p.*790M',
      'EGFR T790M extra',
      'T0M',
      'E$FR T790M',
    ])
      expect(parseProteinChange(text)).toBeNull();
  });
});

describe('variantRecord', () => {
  it('is found by gene + change in every notation, and by the bare change as an alias', () => {
    const r = variantRecord({ geneId: 'HGNC:3236', symbol: 'EGFR', hgvsp: 'p.Thr790Met', alterationType: 'MISSENSE' });
    expect(r.id).toBe(variantId('EGFR', 'p.Thr790Met'));
    expect(r.props).toMatchObject({ name: 'EGFR p.Thr790Met', geneId: 'HGNC:3236', hgvsp: 'p.Thr790Met' });
    const byKey = new Map(r.names.map((n) => [n.key, n.rank]));
    for (const text of ['EGFR T790M', 'EGFR p.T790M', 'EGFR p.Thr790Met']) expect(byKey.get(nameKey(text))).toBe(0);
    for (const text of ['T790M', 'p.T790M', 'p.Thr790Met']) expect(byKey.get(nameKey(text))).toBe(1);
    // Every notation shares one key: the id, the gene with the change, the bare change.
    expect(r.names.map((n) => n.text)).toEqual([r.id, 'EGFR p.Thr790Met', 'p.Thr790Met']);
    expect(String(r.props.searchText)).toContain('EGFR T790M');
  });

  it('names a class of alterations without a protein change by its name, and refuses a non-canonical change', () => {
    const r = variantRecord({
      geneId: 'HGNC:3691',
      symbol: 'FGFR4',
      hgvsp: null,
      name: 'FGFR4 gatekeeper mutation',
      alterationType: 'OTHER',
    });
    expect(r.id).toBe('RESISTKG:var-FGFR4-FGFR4-gatekeeper-mutation');
    expect(() => variantRecord({ geneId: 'x', symbol: 'EGFR', hgvsp: 'T790M', alterationType: 'MISSENSE' })).toThrow(
      /canonical/,
    );
    expect(() => variantRecord({ geneId: 'x', symbol: 'EGFR', hgvsp: null, alterationType: 'OTHER' })).toThrow(/name/);
  });
});

describe('curated variants (addEntity)', () => {
  const input = { kind: 'VARIANT', id: 'RESISTKG:var-KRAS-p.Gly12Asp', name: 'KRAS G12D', gene: 'KRAS', hgvsp: 'G12D' };

  it('need a gene and a parsable change; gene and hgvsp apply to variants only', () => {
    expect(entityInputProblem(input)).toBeNull();
    expect(entityInputProblem({ ...input, hgvsp: null })).toBeNull();
    expect(entityInputProblem({ ...input, id: 'CAID:CA123' })).toBeNull();
    expect(entityInputProblem({ ...input, id: 'CAID:123' })?.field).toBe('input.id');
    expect(entityInputProblem({ ...input, gene: ' ' })?.field).toBe('input.gene');
    expect(entityInputProblem({ ...input, hgvsp: 'G12' })?.field).toBe('input.hgvsp');
    expect(entityInputProblem({ kind: 'DISEASE', id: 'MONDO:0007256', name: 'x disease', gene: 'KRAS' })?.field).toBe(
      'input.gene',
    );
  });

  it('are named gene + change, keep the given name as an alias, and share only the bare change', () => {
    const r = curatedVariant(input, { id: 'HGNC:6407', symbol: 'KRAS' });
    expect(r.props).toMatchObject({ name: 'KRAS p.Gly12Asp', hgvsp: 'p.Gly12Asp', alterationType: 'MISSENSE' });
    expect(r.names.map((n) => n.key)).toContain(nameKey('KRAS G12D'));
    expect([...sharedVariantKeys('p.Gly12Asp')]).toEqual(['g12d']);
    const named = curatedVariant(
      { ...input, hgvsp: null, name: 'KRAS switch-II mutation' },
      { id: 'HGNC:6407', symbol: 'KRAS' },
    );
    expect(named.props).toMatchObject({ name: 'KRAS switch-II mutation', hgvsp: null, alterationType: 'OTHER' });
    expect(sharedVariantKeys(null).size).toBe(0);
  });
});
