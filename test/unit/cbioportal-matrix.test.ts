/** The streaming reader of cBioPortal expression matrices (seed/importers/cbioportal-matrix.ts). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainDecimal, readMatrix } from '../../seed/importers/cbioportal-matrix.js';

const parse = (text: string) => plainDecimal(text, 0, text.length);

describe('plainDecimal', () => {
  it('reads plain decimals exactly as Number() does', () => {
    for (const t of ['0', '7', '-7.125', '4.1', '0.1', '9.999', '123456789.012345', '.5', '5.', '-0.003'])
      expect(parse(t)).toBe(Number(t));
    let x = 1;
    for (let i = 0; i < 20_000; i++) {
      x = (x * 16807) % 2147483647;
      const t = ((x / 2147483647) * 20 - 10).toFixed(1 + (i % 6));
      expect(parse(t)).toBe(Number(t));
    }
  });

  it('is NaN for anything else, so the caller falls back to Number() or a missing spelling', () => {
    for (const t of ['', '-', '.', '1e3', '+1', ' 1', '1.2.3', 'NA', '1234567890123456', '0x10'])
      expect(parse(t)).toBeNaN();
  });
});

describe('readMatrix', () => {
  const write = (text: string) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'matrix-')), 'data_mrna.txt');
    writeFileSync(file, text);
    return file;
  };

  it('reads each gene row into values per sample column, missing spellings and short rows as NaN, the first row of a symbol', async () => {
    const file = write(
      '#comment\r\nHugo_Symbol\tEntrez_Gene_Id\tS1\tS2\tS3\r\nCAV1\t857\t1.5\tNA\t 2e1 \r\n\r\nAXL\t\t-3\t\nCAV1\t\t9\t9\t9\nSTAT3\t\t0\t[Not Available]\t7',
    );
    const problems: string[] = [];
    const m = await readMatrix(file, () => true, 'samples.txt', problems);
    expect(problems).toEqual([]);
    expect(m.samples).toEqual(['S1', 'S2', 'S3']);
    expect([...m.values.keys()]).toEqual(['CAV1', 'AXL', 'STAT3']);
    expect([...m.values.get('CAV1')!]).toEqual([1.5, NaN, 20]);
    expect([...m.values.get('AXL')!]).toEqual([-3, NaN, NaN]);
    expect([...m.values.get('STAT3')!]).toEqual([0, NaN, 7]);
  });

  it('names the line of a bad cell or an empty symbol, and columns that are not samples', async () => {
    const file = write('Hugo_Symbol\tS1\tS9\nCAV1\t1\thigh\n\t2\t3\n');
    const problems: string[] = [];
    await readMatrix(file, (id) => id === 'S1', 'samples.txt', problems);
    expect(problems).toEqual([
      'data_mrna.txt: column S9 is not a sample in samples.txt',
      'data_mrna.txt line 2: S9 "high" is not a number',
      'data_mrna.txt line 3: Hugo_Symbol is empty',
    ]);
  });
});
