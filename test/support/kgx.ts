/**
 * The `kgx` command-line tool (PyPI kgx, with the Biolink model it bundles), for tests that
 * validate and transform exports. `.ci/run` installs it into `.venv-kgx/` in the project; KGX_BIN
 * names another. Returns null (with the reason) when it is not installed.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export function kgxBinary(): { bin: string | null; reason: string } {
  const root = path.resolve(import.meta.dirname, '../..');
  const candidates = [process.env.KGX_BIN, path.join(root, '.venv-kgx/bin/kgx')].filter((c): c is string => !!c);
  const bin = candidates.find((c) => existsSync(c)) ?? null;
  return { bin, reason: bin ? '' : `kgx is not installed (looked for ${candidates.join(', ')}; .ci/run installs it)` };
}

/** Runs kgx with arguments; returns its exit code and output. */
export function runKgx(bin: string, args: string[], cwd: string): { status: number | null; output: string } {
  const r = spawnSync(bin, args, { cwd, encoding: 'utf8', timeout: 600_000 });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}
