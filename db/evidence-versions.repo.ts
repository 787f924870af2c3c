/**
 * Writes to existing evidence (revise, review, retract). Each first takes the record's write lock,
 * then compares the version the client read, so two racing editors cannot both win; the change,
 * the statement's belief and projection, and the audit event are one transaction.
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { atLeast, type User } from '../domain/auth.js';
import { AppError, ErrorCode } from '../domain/errors.js';
import type { EvidenceFields, SourceInput } from '../domain/validation.js';
import { recomputeBelief } from './belief.repo.js';
import { LOCK_EVIDENCE, SET_DIRECTION, SET_SOURCE, UPDATE_EVIDENCE } from './curation.queries.js';
import { audit, one, publicationParams, randomIds, type NewId } from './curation.repo.js';
import type { Database, Row } from './database.js';

export interface VersionedWrite {
  id: string;
  expectedVersion: number;
}

/** Locks the evidence and checks the version the client read: NOT_FOUND or CONFLICT otherwise. */
async function lockAtVersion(tx: ManagedTransaction, w: VersionedWrite): Promise<Row> {
  const row = await one(tx, LOCK_EVIDENCE, { id: w.id, tx: randomUUID() });
  if (!row) throw new AppError(ErrorCode.NOT_FOUND, `id: no evidence has id ${JSON.stringify(w.id)}`, { field: 'id' });
  const e = row.evidence as Row;
  if (e.version !== w.expectedVersion) {
    throw new AppError(
      ErrorCode.CONFLICT,
      `Evidence ${w.id} is at version ${e.version}, not ${w.expectedVersion}: reload it and try again.`,
      {
        currentVersion: e.version,
      },
    );
  }
  return e;
}

async function update(tx: ManagedTransaction, id: string, props: Record<string, unknown>): Promise<Row> {
  const row = await one(tx, UPDATE_EVIDENCE, { id, props });
  return row!.evidence as Row;
}

const AUDITED = [
  'status',
  'version',
  'sentence',
  'level',
  'modelSystem',
  'direction',
  'significance',
  'rating',
  'sourceId',
  'reviewComment',
  'retractionReason',
];
const snapshot = (e: Row) => Object.fromEntries(AUDITED.filter((k) => e[k] !== undefined).map((k) => [k, e[k]]));

export interface RevisePatch extends EvidenceFields {
  source?: SourceInput | null;
}

/**
 * The shape every write to existing evidence shares: lock at the version read, check who may do
 * what, apply the change, recompute belief, and write the audit event, in one transaction.
 */
async function transition(
  db: Database,
  user: User,
  w: VersionedWrite,
  action: string,
  change: (tx: ManagedTransaction, before: Row) => Promise<Record<string, unknown>>,
  comment: string | null,
  newId: NewId,
): Promise<void> {
  await db.writeTx(
    async (tx) => {
      const before = await lockAtVersion(tx, w);
      const after = await update(tx, w.id, await change(tx, before));
      const statementId = before.statementId as string;
      await recomputeBelief(tx, [statementId]);
      await audit(tx, newId, user, action, w.id, [w.id, statementId], snapshot(before), snapshot(after), comment);
    },
    { metadata: { operation: action.toLowerCase(), user: user.id } },
  );
}

export function reviseEvidence(
  db: Database,
  user: User,
  w: VersionedWrite,
  patch: RevisePatch,
  newId: NewId = randomIds,
) {
  return transition(
    db,
    user,
    w,
    'REVISE',
    async (tx, before) => {
      if (before.curator !== user.id && !atLeast(user, 'ADMIN')) {
        throw new AppError(
          ErrorCode.FORBIDDEN,
          'Only the curator who submitted this evidence (or an admin) may revise it.',
        );
      }
      if (before.status === 'RETRACTED')
        throw new AppError(ErrorCode.CONFLICT, `Evidence ${w.id} is retracted and cannot be revised.`);
      const { source, ...fields } = patch;
      const props: Record<string, unknown> = Object.fromEntries(Object.entries(fields).filter(([, v]) => v != null));
      if (typeof props.sentence === 'string') props.sentence = props.sentence.trim();
      if (props.direction && props.direction !== before.direction)
        await tx.run(SET_DIRECTION, { id: w.id, direction: props.direction });
      if (source) await tx.run(SET_SOURCE, { id: w.id, ...publicationParams(source) });
      // A revision is reviewed again.
      return { ...props, status: 'SUBMITTED', reviewedBy: null, reviewComment: null };
    },
    null,
    newId,
  );
}

export function reviewEvidence(
  db: Database,
  user: User,
  w: VersionedWrite,
  decision: 'ACCEPT' | 'REJECT',
  comment: string | null,
  newId: NewId = randomIds,
) {
  return transition(
    db,
    user,
    w,
    decision,
    async (_tx, before) => {
      if (before.curator === user.id)
        throw new AppError(ErrorCode.FORBIDDEN, 'Nobody reviews their own submission: ask another editor.');
      if (before.status !== 'SUBMITTED') {
        throw new AppError(
          ErrorCode.CONFLICT,
          `Evidence ${w.id} is ${before.status}, not SUBMITTED: there is nothing to review.`,
        );
      }
      return { status: decision === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED', reviewedBy: user.id, reviewComment: comment };
    },
    comment,
    newId,
  );
}

export function retractEvidence(db: Database, user: User, w: VersionedWrite, reason: string, newId: NewId = randomIds) {
  return transition(
    db,
    user,
    w,
    'RETRACT',
    async (_tx, before) => {
      if (before.curator !== user.id && !atLeast(user, 'EDITOR')) {
        throw new AppError(ErrorCode.FORBIDDEN, 'Only the submitting curator or an editor may retract evidence.');
      }
      if (before.status === 'RETRACTED')
        throw new AppError(ErrorCode.CONFLICT, `Evidence ${w.id} is already retracted.`);
      return { status: 'RETRACTED', retractionReason: reason, retractedBy: user.id };
    },
    reason,
    newId,
  );
}
