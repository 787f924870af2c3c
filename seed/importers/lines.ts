/**
 * Shared plumbing for the importers: streaming a (possibly gzipped) text file line by line, with
 * line numbers, progress output, and errors collected per line so that a bad file is refused as a
 * whole before anything is written.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(
      `${file}: ${problems.length} problem(s), nothing was imported:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}`,
    );
  }
}

export interface Progress {
  (message: string): void;
}

/** Yields [lineNumber, line] for every line (1-based), reporting progress every `every` lines. */
export async function* readLines(path: string, log: Progress, every = 50_000): AsyncGenerator<[number, string]> {
  if (!existsSync(path)) throw new ImportError(path, ['file not found']);
  const raw = createReadStream(path);
  const stream = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (n % every === 0) log(`  … ${n.toLocaleString('en')} lines`);
    yield [n, line];
  }
}

/** Maps a TSV header to column indexes, checking that required columns (any of the aliases) exist. */
export function columns<K extends string>(
  header: string,
  wanted: Record<K, { names: string[]; required: boolean }>,
  file: string,
) {
  const cells = header.split('\t').map((c) => c.trim().toLowerCase());
  const index = {} as Record<K, number>;
  const missing: string[] = [];
  for (const [key, spec] of Object.entries(wanted) as [K, { names: string[]; required: boolean }][]) {
    const at = cells.findIndex((c) => spec.names.includes(c));
    if (at < 0 && spec.required) missing.push(spec.names[0]!);
    index[key] = at;
  }
  if (missing.length)
    throw new ImportError(file, [`line 1: missing column(s) ${missing.join(', ')} (header: ${header.slice(0, 200)})`]);
  return index;
}

export function cell(cells: string[], at: number): string {
  return at >= 0 ? (cells[at] ?? '').trim() : '';
}

/** A short stable hash for deterministic ids of imported records. */
export function stableHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(36) + h2.toString(36);
}
