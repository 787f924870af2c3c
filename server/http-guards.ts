/**
 * HTTP guards in front of /graphql: the rate limit's key (server/rate-limit.ts), a CORS allow-list, a size check of the
 * query text before it is parsed, the bookmarks header, and JSON errors (with codes from the catalogue) for bodies that are
 * too large, malformed or of the wrong type.
 */
import type { NextFunction, Request, Response } from 'express';
import type { GraphQLError } from 'graphql';
import { BOOKMARK_HEADER, parseBookmarks } from '../domain/bookmarks.js';
import { ErrorCode } from '../domain/errors.js';
import { requestAuth } from './auth.js';
import { checkQuerySize } from './limits.js';

export function jsonError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

/**
 * The bucket a request is counted under: the subject of a valid bearer token (verified once per
 * request in front of the guards and shared with the GraphQL context: requestAuth), so every token
 * of one user shares one bucket, else the address. A missing, malformed, forged, expired or revoked
 * token counts under the address: a made-up header buys no fresh bucket.
 */
export function rateLimitKey(req: Request, res: Response): string {
  const { user } = requestAuth(res);
  return user ? `user:${user.id}` : `ip:${req.ip}`;
}

/** CORS for the listed origins only; other origins get no CORS headers (so browsers refuse). */
export function cors(origins: string[]) {
  const allowed = new Set(origins);
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    if (origin && (allowed.has(origin) || allowed.has('*'))) {
      res.setHeader('Access-Control-Allow-Origin', allowed.has('*') ? '*' : origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader(
        'Access-Control-Allow-Headers',
        'content-type, authorization, apollo-require-preflight, x-request-id, resistkg-bookmark',
      );
      res.setHeader('Access-Control-Expose-Headers', 'resistkg-bookmark, etag');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Max-Age', '600');
    }
    if (req.method === 'OPTIONS') return res.status(204).end();
    next();
  };
}

/**
 * Refuses an oversized query text (POST body or GET parameter) with 400 QUERY_TOO_COMPLEX before
 * Apollo parses and validates it (checkQuerySize: characters, then lexical tokens). Apollo Server 5
 * has no option for this, and an error thrown from a plugin hook before parsing becomes a 500.
 */
export function querySize(req: Request, res: Response, next: NextFunction) {
  const body: unknown = req.body;
  const fromBody = body && typeof body === 'object' ? (body as { query?: unknown }).query : undefined;
  const query = typeof fromBody === 'string' ? fromBody : req.method === 'GET' ? req.query.query : undefined;
  if (typeof query !== 'string') return next();
  try {
    checkQuerySize(query);
  } catch (err) {
    return jsonError(res, 400, ErrorCode.QUERY_TOO_COMPLEX, (err as GraphQLError).message);
  }
  next();
}

/** Body parser errors as JSON with a catalogue code instead of an HTML page. */
export function bodyErrors(err: unknown, _req: Request, res: Response, next: NextFunction) {
  const e = err as { type?: string; status?: number; limit?: number };
  if (e?.type === 'entity.too.large')
    return jsonError(res, 413, ErrorCode.BAD_USER_INPUT, `Request body too large (at most ${e.limit} bytes).`);
  if (e?.type === 'entity.parse.failed')
    return jsonError(res, 400, ErrorCode.BAD_USER_INPUT, 'Malformed JSON in the request body.');
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported')
    return jsonError(res, 415, ErrorCode.BAD_USER_INPUT, 'Unsupported body encoding.');
  if (e?.status && e.status >= 400 && e.status < 500)
    return jsonError(res, e.status, ErrorCode.BAD_USER_INPUT, 'Bad request.');
  next(err);
}

/**
 * The bookmarks a client sends back (domain/bookmarks.ts), checked before anything runs: a header
 * that cannot be a bookmark is BAD_USER_INPUT (400).
 */
export function bookmarkHeader(req: Request, res: Response, next: NextFunction) {
  try {
    res.locals.bookmarks = parseBookmarks(req.headers[BOOKMARK_HEADER]);
  } catch (err) {
    return jsonError(res, 400, ErrorCode.BAD_USER_INPUT, (err as Error).message, { header: BOOKMARK_HEADER });
  }
  next();
}

/** The bookmarks bookmarkHeader accepted for this request. */
export function requestBookmarks(res: Response): string[] {
  return (res.locals.bookmarks as string[] | undefined) ?? [];
}
