import { describe, expect, it } from 'vitest';
import { nameKey } from '../../domain/names.js';

describe('name keys', () => {
  it('match what biologists type to the curated spelling', () => {
    expect(nameKey('P70S6K')).toBe(nameKey('p70-S6K'));
    expect(nameKey('p70 S6K')).toBe(nameKey('P70S6K'));
    expect(nameKey('AMPKα')).toBe(nameKey('AMPKalpha'));
    expect(nameKey('AMPKα')).toBe(nameKey('ampka'));
    expect(nameKey('miR-7')).toBe(nameKey('MIR7'));
    expect(nameKey('BGB-324')).toBe(nameKey('bgb324'));
    expect(nameKey('PDGFRβ')).toBe(nameKey('PDGFRB'));
  });

  it('keeps different names apart', () => {
    expect(nameKey('p21')).not.toBe(nameKey('p21-Rac1'));
    expect(nameKey('miR-7')).not.toBe(nameKey('miR-7-5p'));
    expect(nameKey('HGNC:1527')).toBe('hgnc:1527');
  });

  it('keys a protein change the same in every notation, with or without its gene', () => {
    for (const text of ['EGFR p.Thr790Met', 'EGFR p.T790M', 'EGFR T790M', 'egfr:p.(Thr790Met)'])
      expect(nameKey(text)).toBe('egfrt790m');
    for (const text of ['p.Thr790Met', 'p.T790M', 'Thr790Met', 'T790M']) expect(nameKey(text)).toBe('t790m');
    expect(nameKey('p.R213X')).toBe(nameKey('R213*'));
    expect(nameKey('p.Leu747fsTer12')).toBe(nameKey('L747fs'));
    expect(nameKey('EGFR T790M')).not.toBe(nameKey('T790M'));
  });

  it('keeps the key of a symbol that reads as a one-letter change, and of an id', () => {
    for (const symbol of ['A2M', 'C4A', 'F2R']) expect(nameKey(symbol)).toBe(symbol.toLowerCase());
    expect(nameKey('RESISTKG:var-EGFR-p.Thr790Met')).toBe('resistkg:varegfrpthr790met');
  });
});
