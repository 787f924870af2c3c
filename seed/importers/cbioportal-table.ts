/** The tab-separated tables of cBioPortal study folders: `#` metadata lines, a header, rows with line numbers. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMissing } from '../../domain/clinical.js';

export interface Table {
  file: string;
  /** The `#` lines: display names, descriptions, datatypes, priorities (any may be absent). */
  meta: string[][];
  header: string[];
  rows: { line: number; cells: string[] }[];
}

export function readTable(file: string): Table {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  let i = 0;
  const meta: string[][] = [];
  while (i < lines.length && lines[i]!.startsWith('#')) meta.push(lines[i++]!.slice(1).split('\t'));
  const header = (lines[i] ?? '').split('\t').map((h) => h.trim());
  const rows = lines
    .slice(i + 1)
    .map((l, k) => ({ line: i + 2 + k, cells: l.split('\t') }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { file: path.basename(file), meta, header, rows };
}

export const col = (t: Table, ...names: string[]) => t.header.findIndex((h) => names.includes(h.toUpperCase()));
export const cellAt = (cells: string[], at: number): string | null => {
  if (at < 0) return null;
  const v = (cells[at] ?? '').trim();
  return isMissing(v) ? null : v;
};
