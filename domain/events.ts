/**
 * The change feed's pure parts: cursors of `events(after:)` (bound to that list: a cursor of
 * another list is BAD_USER_INPUT) and which events a subscription hears.
 */
import { badInput } from './errors.js';

const PREFIX = 'events:';

export function eventCursor(seq: number): string {
  return Buffer.from(`${PREFIX}${seq}`).toString('base64url');
}

/** The seq a cursor stands for; no cursor: 0 (from the first event). */
export function eventSeq(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const seq = Number(text.slice(PREFIX.length));
  if (!text.startsWith(PREFIX) || !Number.isSafeInteger(seq) || seq < 0)
    throw badInput('after', 'not a cursor of this list; pass the endCursor of an earlier page of events.');
  return seq;
}

/** What an event touched (db/events.repo.ts ChangeEvent). */
export interface Touched {
  about: readonly string[];
  statementIds: readonly string[];
  entityIds: readonly string[];
  diseaseIds: readonly string[];
}

/** What an evidence subscription watches: any of the ids given (at least one). */
export interface EvidenceWatch {
  entity?: string | null;
  statement?: string | null;
  disease?: string | null;
}

export function touches(event: Touched, watch: EvidenceWatch): boolean {
  return (
    (!!watch.entity && (event.entityIds.includes(watch.entity) || event.about.includes(watch.entity))) ||
    (!!watch.statement && (event.statementIds.includes(watch.statement) || event.about.includes(watch.statement))) ||
    (!!watch.disease && event.diseaseIds.includes(watch.disease))
  );
}

/** Actions that change the editors' review queue (what is SUBMITTED). */
export const REVIEW_QUEUE_ACTIONS: ReadonlySet<string> = new Set(['SUBMIT', 'REVISE', 'ACCEPT', 'REJECT', 'RETRACT']);
