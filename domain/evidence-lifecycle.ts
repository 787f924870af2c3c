/**
 * Who may change existing evidence, and into what (docs/curation.md): the state
 * machine behind reviseEvidence, reviewEvidence and retractEvidence, without I/O. Each transition
 * takes the record as it was read (at the version the client named) and returns the properties
 * to set, or throws FORBIDDEN or CONFLICT. db/evidence-versions.repo.ts applies them in one
 * transaction with the belief update and the audit event.
 *
 *   SUBMITTED --review ACCEPT (another editor)--> ACCEPTED
 *   SUBMITTED --review REJECT (another editor)--> REJECTED
 *   any but RETRACTED --revise (its curator, or an admin)--> SUBMITTED (reviewed again)
 *
 * Four eyes, for every role: "another editor" is neither the submitting curator nor whoever made
 * the last content change (`lastEditor`, set by every revision; absent until the first one, when
 * the curator is the last editor), so an admin who rewrites evidence cannot also accept it.
 *   any but RETRACTED --retract (its curator, or an editor)--> RETRACTED (final)
 */
import { atLeast, type User } from './auth.js';
import { AppError, ErrorCode, badInput } from './errors.js';
import type { EvidenceFields } from './validation.js';
import { significanceProblem } from './vocabulary.js';

/** What a transition reads of the record. */
export interface EvidenceState {
  id: string;
  curator: string;
  status: string;
  version: number;
  direction?: string | null;
  significance?: string | null;
  evidenceType?: string | null;
  /** Who made the last content change (a revision); null or absent: the submitting curator. */
  lastEditor?: string | null;
}

export type Changes = Record<string, unknown>;

/** CONFLICT unless the record is still at the version the client read. */
export function checkVersion(e: EvidenceState, expectedVersion: number): void {
  if (e.version !== expectedVersion) {
    throw new AppError(
      ErrorCode.CONFLICT,
      `Evidence ${e.id} is at version ${e.version}, not ${expectedVersion}: reload it and try again.`,
      { currentVersion: e.version },
    );
  }
}

/**
 * The given fields (nulls dropped, the sentence trimmed), back to SUBMITTED for another review,
 * with the reviser recorded as `lastEditor` (who may then not review it).
 */
export function revision(user: User, e: EvidenceState, fields: EvidenceFields): Changes {
  if (e.curator !== user.id && !atLeast(user, 'ADMIN'))
    throw new AppError(
      ErrorCode.FORBIDDEN,
      'Only the curator who submitted this evidence (or an admin) may revise it.',
    );
  if (e.status === 'RETRACTED')
    throw new AppError(ErrorCode.CONFLICT, `Evidence ${e.id} is retracted and cannot be revised.`);
  const pair = significanceProblem(fields.evidenceType ?? e.evidenceType, fields.significance ?? e.significance);
  if (pair) throw badInput(fields.significance ? 'patch.significance' : 'patch.evidenceType', pair);
  const props: Changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v != null));
  if (typeof props.sentence === 'string') props.sentence = props.sentence.trim();
  return { ...props, status: 'SUBMITTED', reviewedBy: null, reviewComment: null, lastEditor: user.id };
}

/** True when a revision's changes move the evidence between SUPPORTS and REFUTES. */
export function changesDirection(e: EvidenceState, changes: Changes): boolean {
  return Boolean(changes.direction) && changes.direction !== e.direction;
}

/** Who made the last content change: the last reviser, else the submitting curator. */
export function lastEditorOf(e: EvidenceState): string {
  return e.lastEditor ?? e.curator;
}

/**
 * ACCEPTED or REJECTED by an editor who is neither the submitter nor the last to change the
 * content (whatever their role), from SUBMITTED only.
 */
export function review(user: User, e: EvidenceState, decision: 'ACCEPT' | 'REJECT', comment: string | null): Changes {
  if (e.curator === user.id)
    throw new AppError(ErrorCode.FORBIDDEN, 'Nobody reviews their own submission: ask another editor.');
  if (lastEditorOf(e) === user.id)
    throw new AppError(
      ErrorCode.FORBIDDEN,
      'Nobody reviews content they changed last (four eyes, admins included): ask another editor.',
    );
  if (e.status !== 'SUBMITTED')
    throw new AppError(
      ErrorCode.CONFLICT,
      `Evidence ${e.id} is ${e.status}, not SUBMITTED: there is nothing to review.`,
    );
  return { status: decision === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED', reviewedBy: user.id, reviewComment: comment };
}

/** RETRACTED, by its curator or an editor, once. */
export function retraction(user: User, e: EvidenceState, reason: string): Changes {
  if (e.curator !== user.id && !atLeast(user, 'EDITOR'))
    throw new AppError(ErrorCode.FORBIDDEN, 'Only the submitting curator or an editor may retract evidence.');
  if (e.status === 'RETRACTED') throw new AppError(ErrorCode.CONFLICT, `Evidence ${e.id} is already retracted.`);
  return { status: 'RETRACTED', retractionReason: reason, retractedBy: user.id };
}

/** The properties an audit event records before and after a change. */
const AUDITED = [
  'status',
  'version',
  'sentence',
  'level',
  'modelSystem',
  'direction',
  'significance',
  'evidenceType',
  'rating',
  'sourceId',
  'reviewComment',
  'retractionReason',
];

export function auditSnapshot(e: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(AUDITED.filter((k) => e[k] !== undefined).map((k) => [k, e[k]]));
}
