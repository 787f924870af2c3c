/**
 * What a client pins: the graph version (db/graph-version.queries.ts), the release the database
 * was loaded from (if any), and the public files imported into it (source, file, when).
 */
import type { ImportedSource } from '../domain/sources.js';
import type { Database, RunOptions } from './database.js';

const RECORD_IMPORT = `
MERGE (s:SourceImport {source: $source})
SET s.file = $file, s.retrievedAt = toString(datetime())`;

const RECORD_RELEASE = `
MERGE (r:Release {name: $name})
SET r.releasedAt = $releasedAt, r.dataVersion = $dataVersion, r.loadedAt = toString(datetime())`;

const META = `
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
CALL () { OPTIONAL MATCH (r:Release) RETURN r ORDER BY r.loadedAt DESC LIMIT 1 }
CALL () { MATCH (s:SourceImport) RETURN collect(s { .* }) AS imports }
RETURN coalesce(v.version, 0) AS version, r { .* } AS release, imports`;

const COUNT_ENTITIES = `MATCH (n:Entity) RETURN count(n) AS n`;

export type SourceImport = ImportedSource;

export interface ReleaseRecord {
  name: string;
  releasedAt: string;
  dataVersion: string;
}

/** Records that a public file of `source` (a domain/sources.ts key) was imported now. */
export async function recordImport(db: Database, source: string, file: string): Promise<void> {
  await db.write(RECORD_IMPORT, { source, file });
}

/** Records that this database was loaded from a release. */
export async function recordRelease(db: Database, release: ReleaseRecord): Promise<void> {
  await db.write(RECORD_RELEASE, { ...release });
}

export async function readMeta(
  db: Database,
  opts: RunOptions = {},
): Promise<{ version: number; release: ReleaseRecord | null; imports: SourceImport[] }> {
  const [row] = await db.read(META, {}, { ...opts, metadata: { op: 'meta' } });
  return {
    version: Number(row?.version ?? 0),
    release: (row?.release as ReleaseRecord | null) ?? null,
    imports: (row?.imports as SourceImport[]) ?? [],
  };
}

export async function isEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read(COUNT_ENTITIES);
  return Number(row?.n ?? 0) === 0;
}
