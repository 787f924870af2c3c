/** Driver failures reach clients as catalogue codes, never as INTERNAL (db/driver-errors.ts). */
import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../../domain/errors.js';
import { RECOVERY_WINDOW_MS, isUnavailable, mapDriverError } from '../../db/driver-errors.js';

const neo4jError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error', {} as never);
const codeOf = (e: Error) => (e instanceof AppError ? e.extensions.code : 'PASSED_THROUGH');

describe('mapDriverError', () => {
  it('maps every way a dying or restarting server shows itself to DATABASE_UNAVAILABLE', () => {
    const errors: Error[] = [
      neo4jError('Failed to connect to server', driverErrors.SERVICE_UNAVAILABLE),
      neo4jError('Session expired', driverErrors.SESSION_EXPIRED),
      neo4jError('Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 6', 'N/A'),
      neo4jError('The database is starting', 'Neo.TransientError.General.DatabaseUnavailable'),
      neo4jError('Deadlock', 'Neo.TransientError.Transaction.DeadlockDetected'),
      neo4jError('no such database', 'Neo.ClientError.Database.DatabaseNotFound'),
      // Seen in the chaos test: a write queued on a lock when its time-out ended it.
      neo4jError(
        'The transaction has been terminated, so no more locks can be acquired.',
        'Neo.ClientError.Transaction.LockClientStopped',
      ),
      neo4jError('The transaction has been terminated.', 'Neo.ClientError.Transaction.Terminated'),
      neo4jError('Unexpected message', driverErrors.PROTOCOL_ERROR),
      Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }),
      Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
      new Error('Connection was closed by server'),
      new Error('wrapped', { cause: Object.assign(new Error('socket'), { code: 'ECONNRESET' }) }),
    ];
    for (const mode of ['READ', 'WRITE'] as const)
      for (const err of errors)
        expect([err.message, codeOf(mapDriverError(err, mode))]).toEqual([err.message, 'DATABASE_UNAVAILABLE']);
  });

  it('calls a timed-out read too complex, and a timed-out write a database that did not keep up', () => {
    for (const code of [
      'Neo.ClientError.Transaction.TransactionTimedOut',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    ]) {
      expect(codeOf(mapDriverError(neo4jError('timed out', code), 'READ'))).toBe(ErrorCode.QUERY_TOO_COMPLEX);
      const write = mapDriverError(neo4jError('timed out', code), 'WRITE');
      expect(codeOf(write)).toBe(ErrorCode.DATABASE_UNAVAILABLE);
      expect(write.message).toMatch(/nothing was written/);
    }
  });

  it('blames a read that times out soon after the database was away on the database, not the query', () => {
    const timedOut = neo4jError('timed out', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration');
    const recovering = mapDriverError(timedOut, 'READ', RECOVERY_WINDOW_MS - 1);
    expect(codeOf(recovering)).toBe(ErrorCode.DATABASE_UNAVAILABLE);
    expect(recovering.message).toMatch(/recovering/);
    expect(codeOf(mapDriverError(timedOut, 'READ', RECOVERY_WINDOW_MS))).toBe(ErrorCode.QUERY_TOO_COMPLEX);
  });

  it('maps a refused uniqueness to CONFLICT, keeps catalogue errors, and passes anything else through', () => {
    const conflict = neo4jError('already exists', 'Neo.ClientError.Schema.ConstraintValidationFailed');
    expect(codeOf(mapDriverError(conflict, 'WRITE'))).toBe(ErrorCode.CONFLICT);
    const own = new AppError(ErrorCode.NOT_FOUND, 'gone');
    expect(mapDriverError(own, 'READ')).toBe(own);
    const syntax = neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError');
    expect(mapDriverError(syntax, 'READ')).toBe(syntax);
    expect(isUnavailable(new TypeError('x is undefined'))).toBe(false);
  });
});
