/**
 * The `kgx` tool (PyPI kgx with the Biolink model package), run offline through
 * scripts/kgx-offline.py, for tests that validate and transform exports. `.ci/run` installs it
 * into `.venv-kgx/` in the project; KGX_PYTHON names another Python that has kgx. Returns null
 * (with the reason) when it is not installed.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export function kgxPython(): { python: string | null; reason: string } {
  const candidates = [process.env.KGX_PYTHON, path.join(root, '.venv-kgx/bin/python')].filter((c): c is string => !!c);
  const python = candidates.find((c) => existsSync(c)) ?? null;
  return {
    python,
    reason: python ? '' : `kgx is not installed (looked for ${candidates.join(', ')}; .ci/run installs it)`,
  };
}

/** Runs kgx with arguments (offline); returns its exit code and output. */
export function runKgx(python: string, args: string[], cwd: string): { status: number | null; output: string } {
  const r = spawnSync(python, [path.join(root, 'scripts/kgx-offline.py'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** The validation report kgx prints (message level → error type → messages), or null if none. */
export function kgxReport(output: string): Record<string, Record<string, string[]>> | null {
  const start = output.indexOf('{');
  const end = output.lastIndexOf('}');
  if (start < 0 || end < start) return null;
  try {
    return JSON.parse(output.slice(start, end + 1));
  } catch {
    return null;
  }
}
