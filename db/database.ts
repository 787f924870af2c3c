/**
 * The one module that owns neo4j-driver: sessions, executeRead/executeWrite with timeouts and
 * transaction metadata, driver errors mapped to the error catalogue, Neo4j values converted to
 * plain JavaScript at the boundary (numbers, strings, arrays, objects; never Integer or Node).
 */
import neo4j, {
  Neo4jError,
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type Session,
} from 'neo4j-driver';
import type { Deadline } from '../domain/deadline.js';
import { AppError, ErrorCode } from '../domain/errors.js';
import { isUnavailable, mapDriverError, type AccessMode } from './driver-errors.js';
import { BUMP_GRAPH_VERSION, READ_GRAPH_VERSION } from './graph-version.queries.js';
import { toPlain } from './values.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface DatabaseOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  /** Default transaction timeout. */
  timeoutMs?: number;
  maxPoolSize?: number;
}

/** Counts round trips, e.g. per GraphQL request (the N+1 test reads it). */
export interface QueryCounter {
  queries: number;
}

/** Where a request collects the bookmarks of the writes it committed (returned to its client). */
export interface WriteReceipt {
  bookmarks: string[];
}

export interface RunOptions {
  timeoutMs?: number;
  /** Transaction metadata, visible in Neo4j's query log and SHOW TRANSACTIONS. */
  metadata?: Record<string, string>;
  counter?: QueryCounter;
  /** The request's deadline: caps the timeout, refuses to start once it has passed, cancels. */
  deadline?: Deadline;
  /**
   * Bookmarks the client brought from an earlier write (possibly through another API process):
   * every transaction waits until the database it reads has applied them (read-your-writes across
   * replicas and cluster members).
   */
  bookmarks?: string[];
  /** Receives the bookmarks of every committed write transaction. */
  receipt?: WriteReceipt;
  /**
   * false: a write transaction that does not bump the graph version (schema migrations only: Neo4j
   * refuses data writes in a schema transaction). Every other committed write bumps it.
   */
  versioned?: boolean;
}

/** Why a request's transaction may not start: its time is up, or its client has gone. */
function deadlineError(deadline: Deadline, mode: AccessMode): AppError | null {
  if (deadline.cancelled)
    return new AppError(
      ErrorCode.DATABASE_UNAVAILABLE,
      'The client closed the connection; the request was cancelled.',
      {
        cancelled: true,
      },
    );
  if (!deadline.expired) return null;
  const spent = `This request used its whole time budget (REQUEST_TIMEOUT_MS, ${deadline.budgetMs} ms)`;
  return mode === 'READ'
    ? new AppError(ErrorCode.QUERY_TOO_COMPLEX, `${spent}; ask for less in one request.`, {
        requestTimeoutMs: deadline.budgetMs,
      })
    : new AppError(ErrorCode.DATABASE_UNAVAILABLE, `${spent} before this write could start; nothing was written.`, {
        requestTimeoutMs: deadline.budgetMs,
      });
}

/** A failure the driver would retry in a managed transaction (the server says try again). */
function isRetryable(err: unknown): boolean {
  return err instanceof Neo4jError && err.retryable;
}

export class Database {
  private readonly driver: Driver;
  private readonly database?: string;
  private readonly timeoutMs: number;
  /** Shared with every request view (forRequest), so the pool-use metric counts them all. */
  private readonly usage = { sessionsInUse: 0, lastUnavailableAt: -Infinity };
  readonly maxPoolSize: number;
  /** Shared by every session, so a read after a write sees it (causal consistency on a cluster). */
  private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();
  /** Options every call of this view gets (forRequest); a call's own options win. */
  private defaults: RunOptions = {};

  constructor(opts: DatabaseOptions) {
    this.driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user ?? 'neo4j', opts.password ?? ''), {
      maxConnectionPoolSize: opts.maxPoolSize ?? 50,
      connectionAcquisitionTimeout: 10000,
      connectionTimeout: 5000,
      maxTransactionRetryTime: 2000,
      disableLosslessIntegers: true,
      userAgent: 'resistkg',
    });
    this.database = opts.database;
    this.maxPoolSize = opts.maxPoolSize ?? 50;
    this.timeoutMs = opts.timeoutMs ?? 15000;
  }

  /** Sessions open right now (for the pool-use metric). */
  get sessionsInUse(): number {
    return this.usage.sessionsInUse;
  }

  /**
   * A view of this database for one request: same driver and pool, and every call counted on the
   * request's counter and bound by its deadline (domain/deadline.ts), so all its transactions share
   * one time budget and are stopped when the client goes away.
   */
  forRequest(defaults: RunOptions): Database {
    const view = Object.create(this) as Database;
    view.defaults = { ...this.defaults, ...defaults };
    return view;
  }

  /**
   * Opens a session for one call: refuses to start once the deadline has passed or the request
   * was cancelled, and closes the session when the request is cancelled mid-call (the driver then
   * resets the connection, which stops the query on the server). `done` undoes both.
   */
  private open(mode: AccessMode, opts: RunOptions): { session: Session; timeout: number; done(): Promise<void> } {
    const refused = opts.deadline && deadlineError(opts.deadline, mode);
    if (refused) throw refused;
    if (opts.counter) opts.counter.queries += 1;
    const session = this.driver.session({
      database: this.database,
      bookmarkManager: this.bookmarks,
      bookmarks: opts.bookmarks,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const own = opts.timeoutMs ?? this.timeoutMs;
    const timeout = opts.deadline ? opts.deadline.timeoutFor(own) : own;
    const forget = opts.deadline?.onCancel(() => void session.close().catch(() => undefined));
    this.usage.sessionsInUse++;
    return {
      session,
      timeout,
      done: async () => {
        this.usage.sessionsInUse--;
        forget?.();
        await session.close().catch(() => undefined); // a dead connection must not replace the mapped error
      },
    };
  }

  /** A call's options over this view's defaults (metadata merged key by key). */
  private options(own: RunOptions): RunOptions {
    return { ...this.defaults, ...own, metadata: { ...this.defaults.metadata, ...own.metadata } };
  }

  /** The catalogue error for a failed call; a cancelled request says so whatever the driver saw. */
  private failure(err: unknown, mode: AccessMode, opts: RunOptions): Error {
    if (opts.deadline?.cancelled) return deadlineError(opts.deadline, mode)!;
    const now = performance.now();
    if (isUnavailable(err)) this.usage.lastUnavailableAt = now; // away, not merely slow
    return mapDriverError(err, mode, now - this.usage.lastUnavailableAt);
  }

  /**
   * Runs one read query (routed to readers on a cluster) as an auto-commit transaction: one round
   * trip instead of BEGIN, RUN and COMMIT, which the benchmark showed matters for short lookups.
   * A transient failure is retried once (managed transactions retry; a lone read may too).
   */
  async read(cypher: string, params: Params = {}, options: RunOptions = {}): Promise<Row[]> {
    const opts = this.options(options);
    for (let attempt = 0; ; attempt++) {
      const { session, timeout, done } = this.open('READ', opts);
      try {
        return rows(await session.run(cypher, params, { timeout, metadata: { app: 'resistkg', ...opts.metadata } }));
      } catch (err) {
        if (attempt === 0 && isRetryable(err) && !opts.deadline?.cancelled) continue;
        throw this.failure(err, 'READ', opts);
      } finally {
        await done();
      }
    }
  }

  /** Runs one write query in its own transaction. */
  write(cypher: string, params: Params = {}, opts: RunOptions = {}): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(cypher, params).then(rows), opts);
  }

  /** Runs several statements in one read transaction. */
  async readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, opts: RunOptions = {}): Promise<T> {
    return this.transaction('READ', work, opts);
  }

  /** Runs several statements in one write transaction: all or nothing. */
  async writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, opts: RunOptions = {}): Promise<T> {
    return this.transaction('WRITE', work, opts);
  }

  private async transaction<T>(
    mode: AccessMode,
    work: (tx: ManagedTransaction) => Promise<T>,
    options: RunOptions,
  ): Promise<T> {
    const opts = this.options(options);
    const { session, timeout, done } = this.open(mode, opts);
    const config = { timeout, metadata: { app: 'resistkg', ...opts.metadata } };
    try {
      if (mode === 'READ') return await session.executeRead(work, config);
      const versioned = opts.versioned !== false;
      const result = await session.executeWrite(async (tx) => {
        const out = await work(tx);
        if (versioned) await tx.run(BUMP_GRAPH_VERSION);
        return out;
      }, config);
      opts.receipt?.bookmarks.splice(0, Infinity, ...session.lastBookmarks());
      return result;
    } catch (err) {
      throw this.failure(err, mode, opts);
    } finally {
      await done();
    }
  }

  /**
   * The graph version (db/graph-version.queries.ts) as this view's transactions see it: after the
   * client's bookmarks, so a version read after a write is at least that write's. Not counted as one
   * of the request's queries: it is the cache's (and ranked lists' cursors') own round trip, and the
   * metrics count it instead.
   */
  async graphVersion(): Promise<number> {
    const [row] = await this.read(READ_GRAPH_VERSION, {}, { counter: undefined, metadata: { op: 'graphVersion' } });
    return Number(row?.version ?? 0);
  }

  /** True when the database answers a trivial query. */
  async ping(): Promise<boolean> {
    // Auto-commit, so the driver does not retry: /health must answer quickly when Neo4j is down.
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run('RETURN 1 AS ok', {}, { timeout: 3000 });
      return true;
    } catch {
      return false;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /**
   * A READ session on this database for tools that need the driver's own results (the PROFILE
   * plans of scripts/profile-paths.ts); the caller closes it. The service never uses it: its
   * queries go through read, readTx, write and writeTx.
   */
  toolSession(): Session {
    return this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/** Orders the rows of a batched query by their key index `i` (one row per key, as DataLoader needs). */
export function inKeyOrder(rows: Row[], count: number): Row[] {
  const out = new Array<Row>(count);
  for (const r of rows) out[r.i as number] = r;
  for (let i = 0; i < count; i++) if (!out[i]) throw new Error(`batched query returned no row for key ${i}`);
  return out;
}

function rows(result: QueryResult): Row[] {
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}
