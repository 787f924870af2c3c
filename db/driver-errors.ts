/**
 * Driver and server failures mapped to the error catalogue (domain/errors.ts). Pure: it reads the
 * error's code, classification and message, so it is unit-tested without a database.
 *
 * - The database is away or busy (connection refused, reset or broken mid-message, pool exhausted,
 *   a transient server error such as a deadlock or a database still starting): DATABASE_UNAVAILABLE,
 *   which tells the client that nothing was done and a retry may succeed. The HTTP answer is then
 *   503 with `Retry-After: 5` (Apollo takes the status from the error's `http` extension and
 *   removes the extension from the body), so proxies and load balancers see it too.
 * - A read that ran out of time asked for too much: QUERY_TOO_COMPLEX. A write that ran out of time
 *   did not: curation writes are small and bounded, so their time-out means the database was slow
 *   (after a restart every query is planned afresh on a cold JVM, and concurrent writes to the same
 *   statement queue on its lock), which is DATABASE_UNAVAILABLE too. The transaction was rolled back.
 * - A uniqueness constraint that refused a write: CONFLICT.
 */
import { AppError, ErrorCode } from '../domain/errors.js';

export type AccessMode = 'READ' | 'WRITE';

/** Codes the driver gives a lost or unreachable server. */
const DRIVER_UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'ProtocolError']);
/** Node's socket error codes, which reach us when the server vanishes mid-request. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTCONN']);
const SOCKET_MESSAGE =
  /ECONNREFUSED|ECONNRESET|EPIPE|socket hang up|connection.*(closed|refused|reset|lost)|acquisition timed out|pool is closed/i;
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);
/**
 * The server ended the transaction itself: it outlived its time-out while queued on a lock, or the
 * database is shutting down. Either way nothing was written and a retry later may succeed.
 */
const NOT_AVAILABLE = new Set([
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.ClientError.Transaction.Terminated',
]);

interface DriverLikeError {
  code?: unknown;
  message?: unknown;
  retryable?: unknown;
  classification?: unknown;
  cause?: unknown;
}

/** DATABASE_UNAVAILABLE, answered with HTTP 503 and Retry-After. */
const unavailableError = (message: string) =>
  new AppError(ErrorCode.DATABASE_UNAVAILABLE, message, {
    http: { status: 503, headers: new Map([['retry-after', '5']]) },
  });

const unavailable = () => unavailableError('The graph database is unavailable; try again shortly.');

/** True when the error says the database is away or momentarily unable to serve. */
export function isUnavailable(err: unknown): boolean {
  const e = (err ?? {}) as DriverLikeError;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (DRIVER_UNAVAILABLE.has(code) || SOCKET_CODES.has(code) || NOT_AVAILABLE.has(code)) return true;
  if (code.startsWith('Neo.TransientError.') || e.classification === 'TRANSIENT_ERROR' || e.retryable === true)
    return true;
  if (SOCKET_MESSAGE.test(message)) return true;
  return e.cause !== undefined && e.cause !== err && isUnavailable(e.cause);
}

/**
 * How long after the database was last found unavailable a read that times out is still blamed on
 * the database: a restarted Neo4j re-populates its indexes and plans every query afresh on a cold
 * JVM, so for a while even a one-entity lookup can outlive its timeout. That is not a query asking
 * for too much.
 */
export const RECOVERY_WINDOW_MS = 120_000;

/**
 * Maps a driver error to a typed, client-safe error; anything else passes through (and is masked
 * later). `msSinceUnavailable`: time since this process last saw the database unavailable.
 */
export function mapDriverError(err: unknown, mode: AccessMode, msSinceUnavailable = Infinity): Error {
  if (err instanceof AppError) return err;
  const code = typeof (err as DriverLikeError)?.code === 'string' ? ((err as DriverLikeError).code as string) : '';
  if (TIMED_OUT.has(code)) {
    if (mode === 'READ' && msSinceUnavailable < RECOVERY_WINDOW_MS)
      return unavailableError('The graph database is still recovering from a restart; try again shortly.');
    return mode === 'READ'
      ? new AppError(ErrorCode.QUERY_TOO_COMPLEX, 'The query took longer than its time limit; narrow it.')
      : unavailableError(
          'The graph database did not finish the write in time; nothing was written. Try again shortly.',
        );
  }
  if (code.startsWith('Neo.ClientError.Transaction.InvalidBookmark')) {
    return new AppError(
      ErrorCode.BAD_USER_INPUT,
      'The Resistkg-Bookmark header holds a bookmark this database does not know; send back the value a write returned.',
    );
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError(ErrorCode.CONFLICT, 'The write conflicts with an existing record.');
  }
  if (isUnavailable(err)) return unavailable();
  return err instanceof Error ? err : new Error(String(err));
}
