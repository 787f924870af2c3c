import { describe, expect, it } from 'vitest';
import { entityInputProblem } from '../../domain/entity.js';
import {
  evidenceProblem,
  hopsProblem,
  MAX_ALTERATIONS,
  lengthProblem,
  MAX_HOPS,
  MAX_LENGTH,
  nameLengthProblem,
  sourceProblem,
  statementProblem,
} from '../../domain/validation.js';

describe('curation and traversal input checks', () => {
  it('accept maxHops from 1 to MAX_HOPS only', () => {
    expect(hopsProblem(1)).toBeNull();
    expect(hopsProblem(MAX_HOPS)).toBeNull();
    for (const bad of [0, MAX_HOPS + 1, 2.5, NaN])
      expect(hopsProblem(bad)).toEqual({ field: 'maxHops', message: `must be a whole number from 1 to ${MAX_HOPS}` });
  });

  it('name the vocabulary a value is missing from', () => {
    const ok = {
      sentence: 'A sentence long enough.',
      level: 'D',
      modelSystem: 'CELL_LINE',
      direction: 'SUPPORTS',
      rating: 3,
    };
    expect(evidenceProblem(ok, true)).toBeNull();
    expect(evidenceProblem({ ...ok, level: 'F' }, true)).toEqual({
      field: 'input.level',
      message: 'must be one of A, B, C, D, E',
    });
    expect(evidenceProblem({ ...ok, direction: 'MAYBE' }, true)?.message).toBe('must be SUPPORTS or REFUTES');
    expect(evidenceProblem({ significance: 'resistance' }, false, 'patch')?.field).toBe('patch.significance');
    expect(evidenceProblem({ level: null }, false)).toBeNull();
    const regulation = { subject: 'HGNC:1527', predicate: 'REGULATES', object: 'HGNC:905', sign: 1 };
    expect(statementProblem({ ...regulation, mechanism: 'UNKNOWN' })).toBeNull();
    expect(statementProblem({ ...regulation, mechanism: 'expression' })?.field).toBe('input.statement.mechanism');
  });

  it('pair a significance with its evidence type, and check the variant context', () => {
    expect(evidenceProblem({ evidenceType: 'PREDICTIVE', significance: 'RESISTANCE' }, false)).toBeNull();
    expect(evidenceProblem({ evidenceType: 'DIAGNOSTIC', significance: 'POOR_OUTCOME' }, false)).toEqual({
      field: 'input.significance',
      message: 'significance POOR_OUTCOME belongs to PROGNOSTIC evidence, not DIAGNOSTIC',
    });
    expect(evidenceProblem({ evidenceType: 'SPECULATIVE' }, false)?.field).toBe('input.evidenceType');
    const s = {
      subject: 'RESISTKG:osimertinib',
      predicate: 'OVERCOMES_RESISTANCE_TO',
      object: 'DRUGBANK:DB00317',
      sign: 1,
    };
    const v = 'RESISTKG:var-EGFR-p.Thr790Met';
    expect(statementProblem({ ...s, context: { alterations: [v], resistanceType: 'ACQUIRED' } })).toBeNull();
    expect(statementProblem({ ...s, context: { alterations: [v, ` ${v}`] } })).toEqual({
      field: 'input.statement.context.alterations[1]',
      message: `" ${v}" is given twice`,
    });
    expect(statementProblem({ ...s, context: { alterations: Array(MAX_ALTERATIONS + 1).fill(v) } })?.message).toBe(
      `at most ${MAX_ALTERATIONS} variants`,
    );
    expect(statementProblem({ ...s, context: { variantOrigin: 'INHERITED' } })?.field).toBe(
      'input.statement.context.variantOrigin',
    );
  });
});

describe('the table of input lengths', () => {
  it('gives every string input a positive limit that keeps an indexed value far under Neo4j’s 8 kB key limit', () => {
    for (const [name, max] of Object.entries(MAX_LENGTH)) {
      expect(Number.isInteger(max) && max > 0, name).toBe(true);
      // UTF-16 units to UTF-8 bytes: at most 3 bytes each; 64 more for a user-id prefix.
      if (name !== 'sentence' && name !== 'note' && name !== 'comment' && name !== 'reason' && name !== 'setting')
        expect(max * 3 + 64, name).toBeLessThan(8000);
    }
  });

  it('answers at most N characters naming the field, at the limit and one over', () => {
    expect(lengthProblem('input.source.doi', 'x'.repeat(MAX_LENGTH.doi), 'doi')).toBeNull();
    expect(lengthProblem('input.source.doi', 'x'.repeat(MAX_LENGTH.doi + 1), 'doi')).toEqual({
      field: 'input.source.doi',
      message: `at most ${MAX_LENGTH.doi} characters`,
    });
    expect(lengthProblem('f', null, 'id')).toBeNull();
    // Normalisation can lengthen a name's lookup key: the key keeps to the limit too.
    expect(nameLengthProblem('input.name', '\uFDFA'.repeat(100), 'name')?.field).toBe('input.name');
    expect(nameLengthProblem('input.name', 'caveolin 1', 'name')).toBeNull();
  });

  it('is applied to over-long but otherwise valid values', () => {
    expect(sourceProblem({ doi: `10.1038/${'x'.repeat(9000)}` }, 'input.source')?.field).toBe('input.source.doi');
    expect(sourceProblem({ pmid: `${' '.repeat(100)}40715090` }, 'input.source')?.field).toBe('input.source.pmid');
    const s = { subject: 'HGNC:1527', predicate: 'REGULATES', object: 'HGNC:905', sign: 1 };
    expect(statementProblem({ ...s, subject: `HGNC:${'1'.repeat(300)}` })?.field).toBe('input.statement.subject');
    expect(statementProblem({ ...s, context: { disease: `MONDO:${'1'.repeat(300)}` } })?.field).toBe(
      'input.statement.context.disease',
    );
    const gene = { kind: 'GENE', id: 'HGNC:30000', name: 'a gene', symbol: 'ABC1' };
    expect(entityInputProblem(gene)).toBeNull();
    expect(entityInputProblem({ ...gene, name: 'n'.repeat(4000) })?.field).toBe('input.name');
    expect(entityInputProblem({ ...gene, aliases: ['a'.repeat(MAX_LENGTH.alias + 1)] })?.field).toBe('input.aliases');
  });
});
