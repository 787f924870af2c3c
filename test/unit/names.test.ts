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
});
