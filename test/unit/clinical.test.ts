/** Clinical attributes as data: value spellings, event codes, filter conditions and grouping (domain/clinical.ts). */
import { describe, expect, it } from 'vitest';
import {
  conditionProblem,
  eventFlag,
  groupByValue,
  matchingRows,
  normaliseTimepoint,
  parseValue,
  passes,
  perPatient,
  type AttributeDecl,
} from '../../domain/clinical.js';
import { splitLine } from '../../seed/importers/clinical.js';

const decl = (id: string, datatype: AttributeDecl['datatype'], level: AttributeDecl['level'] = 'PATIENT') => ({
  id,
  name: id,
  description: null,
  datatype,
  level,
});

describe('values as real studies spell them', () => {
  it('reads missing spellings as null and checks the datatype', () => {
    for (const raw of ['', ' ', 'NA', 'nan', '[Not Available]', '[Not Applicable]', '[Unknown]', 'N/A'])
      expect(parseValue(raw, 'NUMBER')).toEqual({ value: null });
    expect(parseValue(' 12.5 ', 'NUMBER')).toEqual({ value: 12.5 });
    expect(parseValue('twelve', 'NUMBER')).toEqual({ error: '"twelve" is not a number' });
    expect(parseValue('Yes', 'BOOLEAN')).toEqual({ value: true });
    expect(parseValue('FALSE', 'BOOLEAN')).toEqual({ value: false });
    expect(parseValue('maybe', 'BOOLEAN')).toHaveProperty('error');
    expect(parseValue(' BCLC-B ', 'STRING')).toEqual({ value: 'BCLC-B' });
  });

  it('reads event flags with or without the code prefix, and the study’s own codes', () => {
    expect(['1:DECEASED', 'DECEASED', '1', '1:Recurred/Progressed', 'Recurred'].map((s) => eventFlag(s))).toEqual([
      1, 1, 1, 1, 1,
    ]);
    expect(['0:LIVING', 'LIVING', '0', '0:DiseaseFree', 'DiseaseFree'].map((s) => eventFlag(s))).toEqual([
      0, 0, 0, 0, 0,
    ]);
    expect(eventFlag('[Not Available]')).toBeNull();
    expect(eventFlag('MAYBE')).toBe('bad');
    expect(eventFlag('dead', { events: ['Dead'], censored: ['alive'] })).toBe(1);
    expect(eventFlag('ALIVE', { events: ['Dead'], censored: ['alive'] })).toBe(0);
  });

  it('normalises timepoints it recognises and keeps the study’s own', () => {
    expect(
      ['Pre-treatment', 'baseline', 'On treatment', 'progression', 'Week 6', 'NA'].map(normaliseTimepoint),
    ).toEqual(['PRE_TREATMENT', 'PRE_TREATMENT', 'ON_TREATMENT', 'PROGRESSION', 'Week 6', null]);
  });

  it('splits delimited lines with quoted fields', () => {
    expect(splitLine('1,"a, b","say ""hi""",', ',')).toEqual(['1', 'a, b', 'say "hi"', '']);
  });
});

describe('conditions', () => {
  const declared = [decl('AGE', 'NUMBER'), decl('STAGE', 'STRING'), decl('R', 'BOOLEAN')];

  it('refuse unknown attributes, several kinds at once, and ranges over text', () => {
    expect(conditionProblem([{ attribute: 'AGE', min: 1, max: 2 }], declared)).toBeNull();
    expect(conditionProblem([{ attribute: 'HBV', equals: 'x' }], declared)).toMatch(/unknown attribute HBV/);
    expect(conditionProblem([{ attribute: 'AGE', equals: '3', missing: true }], declared)).toMatch(/exactly one/);
    expect(conditionProblem([{ attribute: 'AGE' }], declared)).toMatch(/exactly one/);
    expect(conditionProblem([{ attribute: 'STAGE', min: 1 }], declared)).toMatch(/NUMBER/);
  });

  it('compare numbers as numbers, text without case, booleans by their spellings', () => {
    expect(passes(60, { attribute: 'AGE', equals: '60.0' })).toBe(true);
    expect(passes(60, { attribute: 'AGE', min: 60, max: 60 })).toBe(true);
    expect(passes(59, { attribute: 'AGE', min: 60 })).toBe(false);
    expect(passes(null, { attribute: 'AGE', min: 0 })).toBe(false);
    expect(passes('BCLC-B', { attribute: 'STAGE', in: ['bclc-a', 'bclc-b'] })).toBe(true);
    expect(passes(false, { attribute: 'R', equals: 'no' })).toBe(true);
    expect(passes(null, { attribute: 'R', missing: true })).toBe(true);
    expect(passes(false, { attribute: 'R', missing: true })).toBe(false);
  });

  it('select patient rows, reading a sample-level column through each patient’s first sample with a value', () => {
    const sampleColumn = { attribute: decl('TP', 'STRING', 'SAMPLE'), values: [null, 'PRE', 'POST', 'PRE'] };
    // samples 0 and 1 belong to patient 0, sample 2 to patient 2, sample 3 to patient 0 too
    const values = perPatient(sampleColumn, 3, [0, 0, 2, 0]);
    expect(values).toEqual(['PRE', null, 'POST']);
    const age = [70, 40, 55];
    const rows = matchingRows(
      3,
      [
        { attribute: 'AGE', min: 50 },
        { attribute: 'TP', missing: false },
      ],
      (a) => (a === 'AGE' ? age : values),
    );
    expect(rows).toEqual([0, 2]);
  });
});

describe('grouping by an attribute', () => {
  it('orders numbers numerically and text alphabetically, leaving missing values out', () => {
    expect(groupByValue([0, 1, 2, 3, 4], [10, 2, null, 10, 1])).toEqual([
      { label: '1', rows: [4] },
      { label: '2', rows: [1] },
      { label: '10', rows: [0, 3] },
    ]);
    expect(groupByValue([0, 1, 2], ['b', 'a', 'b']).map((g) => g.label)).toEqual(['a', 'b']);
  });

  it('keeps only the values asked for, in that order', () => {
    expect(groupByValue([0, 1, 2, 3], ['A', 'B', 'C', 'b'], ['b', 'A'])).toEqual([
      { label: 'b', rows: [1, 3] },
      { label: 'A', rows: [0] },
    ]);
  });
});
