/**
 * Curation writes that create records (docs/curation.md): submissions and new entities, each one write
 * transaction with its audit event; writes to existing evidence are in evidence-versions.repo.ts.
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { User } from '../domain/auth.js';
import { AppError, ErrorCode } from '../domain/errors.js';
import {
  sourceId,
  type EvidenceFields,
  type FieldProblem,
  type SourceInput,
  type StatementFields,
} from '../domain/validation.js';
import { recomputeBelief } from './belief.repo.js';
import type { Database, Row } from './database.js';
import { mergeStatements } from './seed.repo.js';
import { variantOfStatement } from '../domain/variant.js';
import { toPlain } from './values.js';
import {
  FIND_BY_IDEMPOTENCY,
  STATEMENT_EXISTS,
  ENTITIES_EXIST,
  SAME_STATEMENT,
  CREATE_EVIDENCE,
  WRITE_AUDIT,
  CREATE_ENTITY,
  ENTITY_ID_EXISTS,
  NAME_CLASHES,
} from './curation.queries.js';

export interface SubmitInput extends EvidenceFields {
  statementId?: string | null;
  statement?: StatementFields | null;
  source: SourceInput;
  idempotencyKey?: string | null;
}

/** Id generator, injectable so a test can force a failure in the last statement of a write. */
export type NewId = (kind: 'statement' | 'evidence' | 'audit') => string;
export const randomIds: NewId = (kind) =>
  `RESISTKG:${kind === 'statement' ? 'stmt' : kind === 'evidence' ? 'ev' : 'audit'}-${randomUUID()}`;

export async function one(
  tx: ManagedTransaction,
  cypher: string,
  params: Record<string, unknown>,
): Promise<Row | null> {
  const res = await tx.run(cypher, params);
  return res.records[0] ? (toPlain(res.records[0].toObject()) as Row) : null;
}

export async function audit(
  tx: ManagedTransaction,
  newId: NewId,
  user: User,
  action: string,
  entityId: string,
  about: string[],
  before: unknown,
  after: unknown,
  comment: string | null = null,
): Promise<void> {
  await tx.run(WRITE_AUDIT, {
    id: newId('audit'),
    actor: user.id,
    role: user.role,
    action,
    entityId,
    comment,
    about,
    before: before == null ? null : JSON.stringify(before),
    after: after == null ? null : JSON.stringify(after),
  });
}

export function publicationParams(source: SourceInput) {
  return { sourceId: sourceId(source), pmid: source.pmid?.trim() ?? null, doi: source.doi?.trim() ?? null };
}

/** The kinds of the referenced entities, or the first reference that names no entity. */
async function entityKinds(
  tx: ManagedTransaction,
  refs: { id: string; field: string }[],
): Promise<Map<string, string> | FieldProblem> {
  const res = await tx.run(ENTITIES_EXIST, { ids: refs.map((r) => r.id) });
  const kinds = new Map<string, string>();
  for (const [i, rec] of res.records.entries()) {
    if (!rec.get('found')) return { field: refs[i]!.field, message: `no entity has id ${JSON.stringify(refs[i]!.id)}` };
    kinds.set(rec.get('id'), rec.get('kind'));
  }
  return kinds;
}

/**
 * What a submission became: the evidence id, or the reference that named nothing (checked inside
 * the write transaction, before anything is written, so the check and the write see the same graph).
 */
export type SubmitOutcome = { id: string } | { problem: FieldProblem };

/**
 * The stored idempotency key of a submission: the client's key (per user), or, without one, a key
 * made once per request before the first attempt, so a driver retry of the transaction after a
 * lost commit reply finds the first attempt's evidence instead of writing it twice. A made key
 * contains `/`, which client keys cannot, so the two never meet.
 */
export function idempotencyKey(user: User, clientKey: string | null | undefined): string {
  return clientKey ? `${user.id}:${clientKey}` : `${user.id}/${randomUUID()}`;
}

export async function submitEvidence(
  db: Database,
  user: User,
  input: SubmitInput,
  newId: NewId = randomIds,
): Promise<SubmitOutcome> {
  const key = idempotencyKey(user, input.idempotencyKey);
  const run = () =>
    db.writeTx(
      // The driver may run this function again (a lost commit reply is retried): the key, made
      // once above, lets a retry find what a committed first attempt created.
      async (tx): Promise<SubmitOutcome> => {
        const existing = await one(tx, FIND_BY_IDEMPOTENCY, { key });
        if (existing) return { id: existing.id as string };
        let statementId = input.statementId?.trim() ?? null;
        if (statementId) {
          if (!(await one(tx, STATEMENT_EXISTS, { id: statementId })))
            return {
              problem: { field: 'input.statementId', message: `no statement has id ${JSON.stringify(statementId)}` },
            };
        } else {
          const s = input.statement!;
          const disease = s.context?.disease?.trim() || null;
          const alterations = (s.context?.alterations ?? []).map((a) => a.trim());
          const alterationRefs = alterations.map((id, i) => ({
            id,
            field: `input.statement.context.alterations[${i}]`,
          }));
          const kinds = await entityKinds(tx, [
            { id: s.subject.trim(), field: 'input.statement.subject' },
            { id: s.object.trim(), field: 'input.statement.object' },
            ...(disease ? [{ id: disease, field: 'input.statement.context.disease' }] : []),
            ...alterationRefs,
          ]);
          if (!(kinds instanceof Map)) return { problem: kinds };
          if (disease && kinds.get(disease) !== 'DISEASE')
            return { problem: { field: 'input.statement.context.disease', message: `${disease} is not a disease` } };
          const notVariant = alterationRefs.find((r) => kinds.get(r.id) !== 'VARIANT');
          if (notVariant)
            return {
              problem: {
                field: notVariant.field,
                message: `${notVariant.id} is a ${String(kinds.get(notVariant.id)).toLowerCase()}, not a variant`,
              },
            };
          const resistanceType = s.context?.resistanceType ?? null;
          const variantOrigin = s.context?.variantOrigin ?? null;
          const same = await one(tx, SAME_STATEMENT, {
            subject: s.subject.trim(),
            object: s.object.trim(),
            predicate: s.predicate,
            sign: s.sign,
            disease,
            alterations,
            resistanceType,
            variantOrigin,
          });
          statementId = (same?.id as string) ?? newId('statement');
          if (!same) {
            await mergeStatements(tx, [
              {
                id: statementId,
                subject: s.subject.trim(),
                predicate: s.predicate,
                object: s.object.trim(),
                sign: s.sign,
                props: {
                  interactionType: s.interactionType ?? null,
                  mechanism: s.mechanism ?? null,
                  contextDisease: disease,
                  contextCellType: s.context?.cellType ?? null,
                  contextSetting: s.context?.setting ?? null,
                  contextNote: s.context?.note ?? null,
                  contextAlterations: alterations,
                  contextResistanceType: resistanceType,
                  contextVariantOrigin: variantOrigin,
                  structural: false,
                  curated: true,
                  factKeys: [],
                  createdBy: user.id,
                },
                edgeProps: { interactionType: s.interactionType ?? null, mechanism: s.mechanism ?? null, disease },
              },
            ]);
            await recomputeBelief(tx, [statementId]);
            await audit(tx, newId, user, 'CREATE_STATEMENT', statementId, [statementId], null, {
              ...s,
              id: statementId,
            });
          }
        }
        const id = newId('evidence');
        const props = {
          sentence: input.sentence!.trim(),
          level: input.level,
          modelSystem: input.modelSystem,
          direction: input.direction,
          significance: input.significance ?? null,
          evidenceType: input.evidenceType ?? null,
          rating: input.rating,
          curator: user.id,
          idempotencyKey: key,
        };
        await tx.run(CREATE_EVIDENCE, { id, statementId, props, ...publicationParams(input.source) });
        await recomputeBelief(tx, [statementId]);
        await audit(tx, newId, user, 'SUBMIT', id, [id, statementId], null, {
          ...props,
          status: 'SUBMITTED',
          version: 1,
          statementId,
        });
        return { id };
      },
      { metadata: { operation: 'submitEvidence', user: user.id } },
    );
  try {
    return await run();
  } catch (err) {
    // Two retries of the same submission raced: the loser hits the key's uniqueness; answer with the winner.
    if (err instanceof AppError && err.extensions.code === ErrorCode.CONFLICT) {
      const [row] = await db.read(FIND_BY_IDEMPOTENCY, { key });
      if (row) return { id: row.id as string };
    }
    throw err;
  }
}

export interface NewEntity {
  id: string;
  kind: string;
  label: string;
  props: Record<string, unknown>;
  names: { key: string; text: string; rank: number }[];
  /** A variant's gene: its VARIANT_OF statement is written in the same transaction. */
  variantOf?: string;
  /** Names the entity shares by design and so may already name others (a variant's bare change, T790M). */
  sharedKeys?: string[];
}

const idTaken = (id: string) =>
  new AppError(ErrorCode.CONFLICT, `An entity with id ${id} already exists.`, { field: 'input.id' });

/**
 * Adds a curated entity, unless its id exists or one of its names (id, symbol, name, aliases, by
 * lookup key) already finds another entity: a new entity never takes over an existing name
 * (name lookups would otherwise pick whichever id sorts first). Both are CONFLICT.
 */
export async function addEntity(db: Database, user: User, e: NewEntity, newId: NewId = randomIds): Promise<Row> {
  try {
    return await db.writeTx(
      async (tx) => {
        if (await one(tx, ENTITY_ID_EXISTS, { id: e.id })) throw idTaken(e.id);
        const shared = new Set(e.sharedKeys ?? []);
        const clash = await one(tx, NAME_CLASHES, { keys: e.names.map((n) => n.key).filter((k) => !shared.has(k)) });
        if (clash) {
          const text = e.names.find((n) => n.key === clash.key)?.text ?? (clash.key as string);
          throw new AppError(
            ErrorCode.CONFLICT,
            `${JSON.stringify(text)} already names ${String(clash.kind).toLowerCase()} ${clash.id} (${clash.name}): a new entity cannot take over an existing name or alias; leave it out.`,
            { field: 'input', entityId: clash.id as string, name: text },
          );
        }
        const node = await one(tx, CREATE_ENTITY, {
          id: e.id,
          label: e.label,
          kind: e.kind,
          props: e.props,
          names: e.names,
        });
        if (e.variantOf) {
          const link = variantOfStatement(e.id, e.variantOf);
          await mergeStatements(tx, [link]);
          await recomputeBelief(tx, [link.id]);
        }
        await audit(tx, newId, user, 'ADD_ENTITY', e.id, [e.id], null, { id: e.id, kind: e.kind, ...e.props });
        return node!.node as Row;
      },
      { metadata: { operation: 'addEntity', user: user.id } },
    );
  } catch (err) {
    // A racing addEntity committed the same id or name first (a uniqueness constraint).
    if (err instanceof AppError && err.extensions.code === ErrorCode.CONFLICT && !err.extensions.field) {
      throw new AppError(ErrorCode.CONFLICT, `An entity with id ${e.id} or one of its names was added meanwhile.`, {
        field: 'input.id',
      });
    }
    throw err;
  }
}
