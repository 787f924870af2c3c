/**
 * Releases a client can pin (seed/release.ts): the manifest that travels with a release's KGX
 * files, and its checks. Pure: no files, no database.
 */

export interface ReleaseFile {
  file: string;
  bytes: number;
  sha256: string;
}

export interface ReleaseManifest {
  format: 'resistkg-release/1';
  name: string;
  /** ISO 8601, when the release was written. */
  releasedAt: string;
  /** The graph version it was written at (Query.meta.dataVersion then). */
  dataVersion: string;
  counts: { nodes: number; edges: number; statements: number };
  files: ReleaseFile[];
  sources: {
    name: string;
    infores: string;
    licence: string;
    url: string;
    file: string | null;
    retrievedAt: string | null;
  }[];
}

/** A release name: letters, digits, dots, dashes and underscores (it names a folder). */
export function releaseNameProblem(name: string): string | null {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(name)
    ? null
    : 'a release name is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit';
}

/** What is wrong with a manifest read from disk, and whether its files are the ones listed. */
export function manifestProblems(manifest: unknown, actual: ReadonlyMap<string, ReleaseFile>): string[] {
  const m = manifest as Partial<ReleaseManifest> | null;
  if (!m || m.format !== 'resistkg-release/1') return ['manifest.json is not a resistkg release manifest'];
  const problems: string[] = [];
  for (const f of m.files ?? []) {
    const found = actual.get(f.file);
    if (!found) problems.push(`${f.file}: listed in the manifest but missing`);
    else if (found.sha256 !== f.sha256 || found.bytes !== f.bytes)
      problems.push(`${f.file}: checksum differs from the manifest (changed since the release was written)`);
  }
  return problems;
}
