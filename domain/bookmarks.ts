/**
 * Bookmarks a client carries between requests (the `Resistkg-Bookmark` header): the write it made
 * through one API process, honoured by the next request whichever process or cluster member serves
 * it. A bookmark is opaque (Neo4j's own string); this only bounds what a header may carry.
 */
import { AppError, ErrorCode } from './errors.js';

export const BOOKMARK_HEADER = 'resistkg-bookmark';
export const MAX_BOOKMARKS = 16;
export const MAX_BOOKMARK_LENGTH = 1024;

/** Visible ASCII except the comma, which separates bookmarks in one header. */
const BOOKMARK = /^[\x21-\x2b\x2d-\x7e]+$/;

/** The bookmarks of a header value (comma-separated; repeated headers arrive joined by commas). */
export function parseBookmarks(header: string | string[] | undefined): string[] {
  if (header === undefined) return [];
  const values = (Array.isArray(header) ? header.join(',') : header)
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  if (values.length > MAX_BOOKMARKS)
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `At most ${MAX_BOOKMARKS} bookmarks in the ${BOOKMARK_HEADER} header; send the latest one of each write.`,
      { header: BOOKMARK_HEADER },
    );
  for (const b of values)
    if (b.length > MAX_BOOKMARK_LENGTH || !BOOKMARK.test(b))
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `The ${BOOKMARK_HEADER} header holds something that is not a bookmark; send back the value a write returned.`,
        { header: BOOKMARK_HEADER },
      );
  return [...new Set(values)];
}
