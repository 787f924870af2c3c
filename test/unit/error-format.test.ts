/** Every error leaves the server with a catalogue code; unexpected ones are masked and logged (server/errors.ts). */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode, badInput } from '../../domain/errors.js';
import { formatError } from '../../server/errors.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ level: 'error' }, stream), lines };
}

describe('formatError', () => {
  it('keeps our own codes and messages, without stack traces', () => {
    const { logger, lines } = capture();
    const err = badInput('input.level', 'must be one of A, B, C, D, E');
    const out = formatError(
      { message: err.message, extensions: { ...err.extensions, stacktrace: ['at x'] } },
      err,
      logger,
      true,
    );
    expect(out).toEqual({
      message: 'input.level: must be one of A, B, C, D, E',
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'input.level' },
    });
    expect(lines).toEqual([]);
  });

  it("turns GraphQL's own request errors and variable coercion into BAD_USER_INPUT", () => {
    const { logger } = capture();
    const parse = formatError(
      { message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
      null,
      logger,
      false,
    );
    expect(parse.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, reason: 'GRAPHQL_PARSE_FAILED' });
    const coercion = formatError(
      { message: 'Variable "$n" got invalid value "ten"; Int cannot represent non-integer value: "ten"' },
      null,
      logger,
      false,
    );
    expect(coercion.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT });
  });

  it('masks anything else as INTERNAL, shows its message only in development, and logs it', () => {
    for (const development of [false, true]) {
      const { logger, lines } = capture();
      const cause = new TypeError("Cannot read properties of undefined (reading 'id')");
      const out = formatError(
        { message: cause.message, path: ['gene', 'id'] },
        { originalError: cause },
        logger,
        development,
      );
      expect(out.extensions).toEqual({ code: ErrorCode.INTERNAL });
      expect(out.message).toBe(development ? `Internal error: ${cause.message}` : 'Internal error');
      expect(out.path).toEqual(['gene', 'id']);
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'unexpected error', path: ['gene', 'id'] });
    }
  });

  it('never passes an INTERNAL code through unmasked', () => {
    const { logger } = capture();
    const err = new AppError(ErrorCode.INTERNAL, 'secret detail');
    expect(formatError({ message: err.message, extensions: err.extensions }, err, logger, false).message).toBe(
      'Internal error',
    );
  });
});
