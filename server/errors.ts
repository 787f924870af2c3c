/**
 * Maps every error to the catalogue in domain/errors.ts. Errors we raise on purpose (AppError) and
 * GraphQL's own request errors keep their message; anything unexpected is masked as INTERNAL and
 * logged with its request id (its message is shown only in development).
 */
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../domain/errors.js';
import type { Logger } from './logger.js';

const CATALOGUE = new Set<string>(Object.values(ErrorCode));

/** Apollo's and graphql-js's own codes, and what they mean in our catalogue. */
const REQUEST_ERRORS: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
};

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
  development: boolean,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (CATALOGUE.has(code) && code !== ErrorCode.INTERNAL) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (REQUEST_ERRORS[code]) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: REQUEST_ERRORS[code], reason: code },
    };
  }
  // Variable coercion errors carry no code from graphql-js but are the client's input.
  if (!code && /^Variable "\$|got invalid value|Expected type/.test(formatted.message)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    };
  }
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  logger.error({ err: original, path: formatted.path }, 'unexpected error');
  return {
    message: development ? `Internal error: ${formatted.message}` : 'Internal error',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL },
  };
}
