import { describe, expect, it } from 'vitest';
import { nameKey } from '../../domain/names.js';
import { parseProteinChange, variantId, variantRecord } from '../../domain/variant.js';

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
