/**
 * The expression matrix of a cBioPortal study (a row per gene, a column per sample), read in one
 * streaming pass: each row's cells are parsed straight into a Float64Array (no table of 5 million
 * strings is kept), with line-numbered problems for cells that are neither numbers nor a missing spelling.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { isMissing } from '../../domain/clinical.js';

export interface Matrix {
  /** The sample ids of the value columns, in file order. */
  samples: string[];
  /** Per gene symbol (the first row of a symbol counts), its values in the order of `samples` (NaN when missing). */
  values: Map<string, Float64Array>;
}

const NOT_SAMPLES = ['HUGO_SYMBOL', 'ENTREZ_GENE_ID', 'CYTOBAND'];
const POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * A plain decimal (`-7.125`, `12`, at most 15 digits) from its characters, or NaN when the text is
 * anything else. Exact: digits / 10^k of two exactly representable numbers is correctly rounded, as Number() is.
 */
export function plainDecimal(text: string, start: number, end: number): number {
  let i = start;
  const negative = text.charCodeAt(i) === 45; // '-'
  if (negative) i++;
  let digits = 0;
  let mantissa = 0;
  let scale = -1;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      if (++digits > 15) return NaN;
      if (scale >= 0) scale++;
    } else if (c === 46 && scale < 0)
      scale = 0; // '.'
    else return NaN;
  }
  if (digits === 0) return NaN;
  const value = scale > 0 ? mantissa / POWERS[scale]! : mantissa;
  return negative ? -value : value;
}

/** [line number, line] of a text file, read in 1 MB chunks (readline is several times slower on long lines). */
async function* chunkedLines(file: string): AsyncGenerator<[number, string]> {
  let rest = '';
  let n = 0;
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      yield [++n, text.charCodeAt(nl - 1) === 13 ? text.slice(start, nl - 1) : text.slice(start, nl)];
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest) yield [++n, rest.endsWith('\r') ? rest.slice(0, -1) : rest];
}

export async function readMatrix(
  file: string,
  isSample: (id: string) => boolean,
  sampleFile: string,
  problems: string[],
): Promise<Matrix> {
  const name = path.basename(file);
  const values = new Map<string, Float64Array>();
  let header: string[] | null = null;
  let hugo = -1;
  /** Per column of the file, its index among the sample columns (-1 for the gene columns). */
  let slot: number[] = [];
  const samples: string[] = [];
  for await (const [line, text] of chunkedLines(file)) {
    if (!header) {
      if (text.startsWith('#')) continue;
      header = text.split('\t').map((h) => h.trim());
      hugo = header.findIndex((h) => h.toUpperCase() === 'HUGO_SYMBOL');
      if (hugo < 0) problems.push(`${name}: no Hugo_Symbol column`);
      slot = header.map((h) => (NOT_SAMPLES.includes(h.toUpperCase()) ? -1 : samples.push(h) - 1));
      for (const s of samples) if (!isSample(s)) problems.push(`${name}: column ${s} is not a sample in ${sampleFile}`);
      continue;
    }
    if (/^\s*$/.test(text)) continue;
    const row = new Float64Array(samples.length).fill(NaN);
    let symbol: string | null = null;
    for (let column = 0, start = 0; start <= text.length; column++) {
      let end = text.indexOf('\t', start);
      if (end < 0) end = text.length;
      const at = slot[column] ?? -1;
      if (column === hugo) {
        const s = text.slice(start, end).trim();
        symbol = s && !isMissing(s) ? s : null;
      } else if (at >= 0) {
        const n = plainDecimal(text, start, end);
        if (!Number.isNaN(n)) row[at] = n;
        else {
          const raw = text.slice(start, end).trim();
          const parsed = Number(raw);
          if (raw !== '' && Number.isFinite(parsed)) row[at] = parsed;
          else if (raw !== '' && !isMissing(raw))
            problems.push(`${name} line ${line}: ${samples[at]} ${JSON.stringify(raw)} is not a number`);
        }
      }
      start = end + 1;
    }
    if (!symbol) problems.push(`${name} line ${line}: Hugo_Symbol is empty`);
    else if (!values.has(symbol)) values.set(symbol, row);
  }
  return { samples, values };
}
