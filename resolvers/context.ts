import type { Database, QueryCounter, WriteReceipt } from '../db/database.js';
import type { TokenInfo, User } from '../domain/auth.js';
import type { Deadline } from '../domain/deadline.js';
import type { Loaders } from '../loaders/index.js';
import type { ChangeEvent } from '../db/events.repo.js';

/** What every resolver receives; created fresh for each request. */
export interface Context {
  requestId: string;
  db: Database;
  loaders: Loaders;
  /** The request's deadline and cancellation, shared by all its transactions (ctx.db applies it). */
  deadline: Deadline;
  /** Database round trips made by this request. */
  counter: QueryCounter;
  /** Bookmarks of the writes this request committed (returned in the Resistkg-Bookmark header). */
  receipt: WriteReceipt;
  maxPageSize: number;
  /** The authenticated user, or null for an anonymous reader. */
  user: User | null;
  /** The verified bearer token's id and lifetime (the `me` query), or null without one. */
  token: TokenInfo | null;
  /** Why a presented token was refused (mutations answer UNAUTHENTICATED with it). */
  authError: string | null;
  /**
   * Subscriptions only (server/live.ts): the process's change feed, the subscription's end, and
   * renew(), which gives this context a fresh deadline, round-trip counter and loaders before a
   * derived result is computed again.
   */
  live?: { feed: ChangeFeed; signal: AbortSignal; renew(): void };
}

/** Batches of committed changes (server/change-feed.ts polls them from the database). */
export interface ChangeFeed {
  batches(signal: AbortSignal): AsyncIterable<ChangeEvent[]>;
}
