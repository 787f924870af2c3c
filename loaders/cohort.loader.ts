/** Per-request loaders for cohorts by id, a patient's samples, a sample's expression of genes; the cache of decoded cohort vectors. */
import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import {
  cohortsByIds,
  sampleExpressions,
  samplesOfPatients,
  type ExpressionKey,
  type ExpressionRecord,
} from '../db/cohort.repo.js';
import { Database, type QueryCounter } from '../db/database.js';
import type { CohortRecord, SampleRecord } from '../db/records.js';

export function patientSamplesLoader(db: Database, counter: QueryCounter): DataLoader<string, SampleRecord[]> {
  return new DataLoader<string, SampleRecord[]>(async (ids) => {
    const found = await samplesOfPatients(db, ids, { counter });
    return ids.map((id) => found.get(id) ?? []);
  });
}

export function cohortLoader(db: Database, counter: QueryCounter): DataLoader<string, CohortRecord | null> {
  return new DataLoader<string, CohortRecord | null>(async (ids) => {
    const found = await cohortsByIds(db, ids, { counter });
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Keys name the sample and the genes asked for (the genes reach the query). */
export function sampleExpressionLoader(
  db: Database,
  counter: QueryCounter,
): DataLoader<ExpressionKey, ExpressionRecord[], string> {
  return new DataLoader((keys) => sampleExpressions(db, keys, { counter }), {
    cacheKeyFn: (k) => `${k.id}|${JSON.stringify(k.genes)}`,
  });
}

/**
 * Decoded cohort vectors (clinical columns, expression vectors) shared by the requests of one
 * process, keyed by the graph version (db/graph-version.queries.ts) read from the graph before the
 * data, so nothing read before an acknowledged write is served after it, whichever process wrote.
 * Bounded by bytes (LRU). Values are shared: callers must not change them.
 */
export class VersionedVectorCache {
  private readonly lru: LRUCache<string, { value: unknown; bytes: number }>;

  constructor(maxBytes: number) {
    this.lru = new LRUCache({ maxSize: maxBytes, sizeCalculation: (e) => e.bytes });
  }

  async get<T>(version: number, key: string, read: () => Promise<T>, bytes: (value: T) => number): Promise<T> {
    const k = `${version}|${key}`;
    const hit = this.lru.get(k);
    if (hit) return hit.value as T;
    const value = await read();
    this.lru.set(k, { value, bytes: Math.max(1, bytes(value)) });
    return value;
  }
}

/** 64 MB: a 10,000-patient cohort's columns and a few hundred of its expression vectors. */
export const COHORT_VECTOR_CACHE_BYTES = 64 * 2 ** 20;

const caches = new WeakMap<Database, VersionedVectorCache>();

/**
 * The process's cache for a database: one per Database object, shared by its per-request views
 * (Database.forRequest derives them from it), so per server.
 */
export function cohortVectorCache(db: Database): VersionedVectorCache {
  let root = db;
  while (Object.getPrototypeOf(root) instanceof Database) root = Object.getPrototypeOf(root) as Database;
  let cache = caches.get(root);
  if (!cache) caches.set(root, (cache = new VersionedVectorCache(COHORT_VECTOR_CACHE_BYTES)));
  return cache;
}

const versions = new WeakMap<object, Promise<number>>();

/**
 * The graph version, read once per set of loaders (`request`: a request's, renewed with them, so a
 * subscription's recomputation reads it again).
 */
export function requestGraphVersion(db: Database, request: object): Promise<number> {
  let v = versions.get(request);
  if (!v) versions.set(request, (v = db.graphVersion()));
  return v;
}
