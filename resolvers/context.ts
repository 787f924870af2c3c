import type { Database, QueryCounter } from '../db/database.js';
import type { Loaders } from '../loaders/index.js';

/** What every resolver receives; created fresh for each request. */
export interface Context {
  requestId: string;
  db: Database;
  loaders: Loaders;
  /** Database round trips made by this request. */
  counter: QueryCounter;
  maxPageSize: number;
  user: { id: string; role: string } | null;
}
