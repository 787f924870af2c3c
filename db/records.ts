/**
 * The shapes the read queries return, after db/values.ts converted them to plain JavaScript.
 * Stored properties are projected whole (`n { .* }`), so each record names the properties code
 * reads and keeps the rest for GraphQL to pick.
 */
import type { Direction, EvidenceLevel, EvidenceStatus, ModelSystem } from '../domain/vocabulary.js';
import { inKeyOrder, type Database, type Params, type RunOptions } from './database.js';

/** An entity (gene, drug, ...) or a publication: `n { .*, searchText: NULL }`. */
export interface EntityRecord {
  [property: string]: unknown;
  id: string;
  kind: string;
  name: string;
  symbol?: string | null;
  aliases?: string[] | null;
  synonyms?: string[] | null;
}

/** A statement: `statementMap('s')` (db/values.ts). */
export interface StatementRecord {
  [property: string]: unknown;
  id: string;
  subjectId: string;
  objectId: string;
  predicate: string;
  sign: number;
  belief: number;
  structural?: boolean | null;
  /** Written by recomputeBelief (db/belief.repo.ts); absent on statements loaded in bulk (in the graph). */
  inTraversalGraph?: boolean | null;
  contextDisease?: string | null;
  contextCellType?: string | null;
  contextSetting?: string | null;
  contextNote?: string | null;
  contextQualifier?: string | null;
  createdAt: string;
}

/** An evidence record: `evidenceMap('e')` (db/values.ts). */
export interface EvidenceRecord {
  [property: string]: unknown;
  id: string;
  statementId: string;
  sourceId: string;
  level: EvidenceLevel;
  modelSystem: ModelSystem;
  direction: Direction;
  rating: number;
  status: EvidenceStatus;
  version: number;
  curator: string;
  createdAt: string;
  updatedAt: string;
}

/** The properties of a projected statement relationship, `properties(r)`. */
export interface ProjectedRel {
  statementId: string;
  sign: number;
  belief: number | null;
  evidenceCount: number | null;
  interactionType?: string | null;
  mechanism?: string | null;
}

/** One page of a list, and how many there are in all. */
export interface RecordPage<T> {
  items: T[];
  total: number;
}

/** A cohort without its gene panel: `c { .*, genePanel: NULL, panelSize: … }`. */
export interface CohortRecord {
  [property: string]: unknown;
  id: string;
  name: string;
  panelSize: number | null;
}

/** A patient: `p { .* }`. */
export interface PatientRecord {
  [property: string]: unknown;
  id: string;
  cohortId: string;
}

/** A sample without its expression arrays. */
export interface SampleRecord {
  [property: string]: unknown;
  id: string;
  patientId: string;
  cohortId: string;
}

/** One neighbourhood hop's row is domain/neighborhood.ts's HopRow. */
export type { HopNode, HopRow } from '../domain/neighborhood.js';

/**
 * Runs a read and names the shape of its rows: the one place a query's result gets its type
 * (each query's RETURN clause, in its *.queries.ts file, is what the type describes).
 */
export async function readRecords<T>(db: Database, cypher: string, params: Params, opts: RunOptions): Promise<T[]> {
  return (await db.read(cypher, params, opts)) as unknown as T[];
}

/** The rows of a batched query in key order (one per key, by their index `i`), typed. */
export async function readKeyed<T>(
  db: Database,
  cypher: string,
  params: Params,
  count: number,
  opts: RunOptions,
): Promise<T[]> {
  return inKeyOrder(await db.read(cypher, params, opts), count) as unknown as T[];
}
