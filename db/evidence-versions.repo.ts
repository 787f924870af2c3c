/**
 * Writes to existing evidence (revise, review, retract). Each first takes the record's write lock,
 * then compares the version the client read, so two racing editors cannot both win; the change,
 * the statement's belief and projection, and the audit event are one transaction.
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { User } from '../domain/auth.js';
import { AppError, ErrorCode } from '../domain/errors.js';
import {
  auditSnapshot,
  changesDirection,
  checkVersion,
  retraction,
  review,
  revision,
  type Changes,
} from '../domain/evidence-lifecycle.js';
import type { EvidenceFields, SourceInput } from '../domain/validation.js';
import { recomputeBelief } from './belief.repo.js';
import { LOCK_EVIDENCE, SET_DIRECTION, SET_SOURCE, UPDATE_EVIDENCE } from './curation.queries.js';
import { audit, one, publicationParams, randomIds, type NewId } from './curation.repo.js';
import type { Database } from './database.js';
import type { EvidenceRecord } from './records.js';

export interface VersionedWrite {
  id: string;
  expectedVersion: number;
}

/** Locks the evidence and checks the version the client read: NOT_FOUND or CONFLICT otherwise. */
async function lockAtVersion(tx: ManagedTransaction, w: VersionedWrite): Promise<EvidenceRecord> {
  const row = await one(tx, LOCK_EVIDENCE, { id: w.id, tx: randomUUID() });
  if (!row) throw new AppError(ErrorCode.NOT_FOUND, `id: no evidence has id ${JSON.stringify(w.id)}`, { field: 'id' });
  const e = row.evidence as EvidenceRecord;
  checkVersion(e, w.expectedVersion);
  return e;
}

async function update(tx: ManagedTransaction, id: string, props: Changes): Promise<EvidenceRecord> {
  const row = await one(tx, UPDATE_EVIDENCE, { id, props });
  return row!.evidence as EvidenceRecord;
}

export interface RevisePatch extends EvidenceFields {
  source?: SourceInput | null;
}

/**
 * The shape every write to existing evidence shares: lock at the version read, ask the state
 * machine (domain/evidence-lifecycle.ts) what may change, apply it, recompute belief, and write
 * the audit event, in one transaction.
 */
async function transition(
  db: Database,
  user: User,
  w: VersionedWrite,
  action: string,
  change: (tx: ManagedTransaction, before: EvidenceRecord) => Promise<Changes>,
  comment: string | null,
  newId: NewId,
): Promise<void> {
  await db.writeTx(
    async (tx) => {
      const before = await lockAtVersion(tx, w);
      const after = await update(tx, w.id, await change(tx, before));
      await recomputeBelief(tx, [before.statementId]);
      const about = [w.id, before.statementId];
      await audit(tx, newId, user, action, w.id, about, auditSnapshot(before), auditSnapshot(after), comment);
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
  const { source, ...fields } = patch;
  return transition(
    db,
    user,
    w,
    'REVISE',
    async (tx, before) => {
      const changes = revision(user, before, fields);
      if (changesDirection(before, changes)) await tx.run(SET_DIRECTION, { id: w.id, direction: changes.direction });
      if (source) await tx.run(SET_SOURCE, { id: w.id, ...publicationParams(source) });
      return changes;
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
    async (_tx, before) => review(user, before, decision, comment),
    comment,
    newId,
  );
}

export function retractEvidence(db: Database, user: User, w: VersionedWrite, reason: string, newId: NewId = randomIds) {
  return transition(db, user, w, 'RETRACT', async (_tx, before) => retraction(user, before, reason), reason, newId);
}
