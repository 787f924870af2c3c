/**
 * Starts one real Neo4j (the embedded launcher in neo4j/) on a free port with a throwaway data
 * folder, applies migrations and loads the curated seed; the tests reach it through inject().
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { Database } from '../../db/database.js';
import { migrate } from '../../db/migrations.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../neo4j/embedded.js';
import { loadSeed } from '../../seed/load.js';

let started: Promise<EmbeddedNeo4j> | undefined;
let users = 0;
let dataDir: string | undefined;

async function start(): Promise<EmbeddedNeo4j> {
  dataDir = mkdtempSync(path.join(tmpdir(), 'resistkg-test-'));
  const neo4j = await startEmbeddedNeo4j({
    port: await freePort(),
    dataDir,
    heapMb: 1024,
    pageCacheMb: 128,
    startTimeoutMs: 300_000, // a machine shared with other work starts Neo4j slowly (seen: 179 s)
  });
  const db = new Database({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  try {
    await migrate(db);
    await loadSeed(db);
  } finally {
    await db.close();
  }
  return neo4j;
}

/** Each tier that needs the database calls this; the first starts it, the others share it. */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  users++;
  started ??= start();
  const neo4j = await started;
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jPid', neo4j.pid);
  project.provide('neo4jPassword', neo4j.password);
  return async () => {
    if (--users > 0) return;
    started = undefined; // a tier that starts after this one ends starts a fresh Neo4j
    await neo4j.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jPid: number;
    /** User neo4j's password (auth is on). */
    neo4jPassword: string;
  }
}
