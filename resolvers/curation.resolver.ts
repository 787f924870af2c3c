import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Row } from '../db/database.js';
import * as curation from '../db/curation.repo.js';
import * as versions from '../db/evidence-versions.repo.js';
import { reviewQueue } from '../db/history.repo.js';
import { requireRole } from '../domain/auth.js';
import { AppError, ErrorCode, badInput } from '../domain/errors.js';
import { curatedEntity, entityInputProblem } from '../domain/entity.js';
import { labelOf } from '../domain/kinds.js';
import { listRef } from '../domain/paging.js';
import { connectionOf, evidenceKeyOf } from '../loaders/statement.loader.js';
import {
  evidenceProblem,
  idempotencyKeyProblem,
  atMost,
  lengthProblem,
  MAX_LENGTH,
  sourceProblem,
  statementProblem,
  textProblem,
  versionProblem,
  type FieldProblem,
  type LengthLimited,
} from '../domain/validation.js';
import { AuditEvent } from '../schema/audit-event.type.js';
import { EntityInput, EvidencePatch, ReviewDecision, SubmitEvidenceInput } from '../schema/curation.input.js';
import { EvidenceConnection } from '../schema/edges.type.js';
import { Evidence } from '../schema/evidence.type.js';
import { Node } from '../schema/node.interface.js';
import { PageArgs } from '../schema/page.args.js';
import { Statement } from '../schema/statement.type.js';
import { windowOf } from './args.js';
import type { Context } from './context.js';
import { requireEntity } from './args.js';
import { curatedVariant, sharedVariantKeys } from '../domain/variant.js';

/** The review queue: one list for every editor. */
const REVIEW_QUEUE_LIST = listRef('reviewQueue', null, 'evidence');

function fail(problem: FieldProblem): never;
function fail(problem: FieldProblem | null): void;
function fail(problem: FieldProblem | null): void {
  if (problem) throw badInput(problem.field, problem.message);
}

function requireVersion(v: number): void {
  fail(versionProblem(v));
}

function requireText(field: string, text: string | null | undefined, what: string, limit: LengthLimited): string {
  fail(textProblem(field, text, what, limit));
  return text!.trim();
}

/** BAD_USER_INPUT when an id argument is over its limit (a lookup of it would reach an index). */
function requireIdLength(field: string, id: string): void {
  fail(lengthProblem(field, id, 'id'));
}

/** Reads a record back after a write, in a fresh loader (the request's cache predates the write). */
async function reload(ctx: Context, id: string): Promise<Row> {
  ctx.loaders.evidence.clear(id);
  const e = await ctx.loaders.evidence.load(id);
  if (!e) throw new AppError(ErrorCode.INTERNAL, `evidence ${id} vanished after its write`);
  return e;
}

@Resolver()
export class CurationResolver {
  @Mutation(() => Evidence, {
    description:
      'Submit evidence (CURATOR or above) about an existing statement or a new one. It is SUBMITTED and does not count toward belief until an editor accepts it. A retry with the same idempotencyKey returns the same evidence.',
  })
  async submitEvidence(
    @Ctx() ctx: Context,
    @Arg('input', () => SubmitEvidenceInput, { description: 'The evidence.' }) input: SubmitEvidenceInput,
  ) {
    const user = requireRole(ctx.user, ctx.authError, 'CURATOR');
    fail(lengthProblem('input.statementId', input.statementId, 'id'));
    if ((input.statementId == null) === (input.statement == null))
      throw badInput('input.statementId', 'give exactly one of statementId or statement');
    if (input.statement) fail(statementProblem(input.statement));
    fail(sourceProblem(input.source, 'input.source'));
    fail(evidenceProblem(input, true));
    fail(idempotencyKeyProblem(input.idempotencyKey));
    const outcome = await curation.submitEvidence(ctx.db, user, input);
    if ('problem' in outcome) return fail(outcome.problem);
    return reload(ctx, outcome.id);
  }

  @Mutation(() => Evidence, {
    description: 'Revise your own evidence (or any, as ADMIN): a new version, SUBMITTED for review again.',
  })
  async reviseEvidence(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: `Evidence id (${atMost('id')}).` }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you read; a stale one is CONFLICT.' })
    expectedVersion: number,
    @Arg('patch', () => EvidencePatch, { description: 'What to change.' }) patch: EvidencePatch,
  ) {
    const user = requireRole(ctx.user, ctx.authError, 'CURATOR');
    requireIdLength('id', id);
    requireVersion(expectedVersion);
    if (patch.source) fail(sourceProblem(patch.source, 'patch.source'));
    fail(evidenceProblem(patch, false, 'patch'));
    if (Object.values(patch).every((v) => v == null)) throw badInput('patch', 'change at least one field');
    await versions.reviseEvidence(ctx.db, user, { id, expectedVersion }, patch);
    return reload(ctx, id);
  }

  @Mutation(() => Evidence, {
    description:
      'Accept or reject submitted evidence (EDITOR or above; never your own submission, nor evidence whose content you changed last, whatever your role). A rejection needs a comment.',
  })
  async reviewEvidence(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: `Evidence id (${atMost('id')}).` }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you read; a stale one is CONFLICT.' })
    expectedVersion: number,
    @Arg('decision', () => ReviewDecision, { description: 'ACCEPT or REJECT.' }) decision: ReviewDecision,
    @Arg('comment', () => String, { nullable: true, description: `Why (required to reject; ${atMost('comment')}).` })
    comment?: string | null,
  ) {
    const user = requireRole(ctx.user, ctx.authError, 'EDITOR');
    requireIdLength('id', id);
    requireVersion(expectedVersion);
    fail(lengthProblem('comment', comment, 'comment'));
    const text =
      decision === ReviewDecision.REJECT
        ? requireText('comment', comment, 'a comment explaining the rejection', 'comment')
        : comment?.trim() || null;
    await versions.reviewEvidence(ctx.db, user, { id, expectedVersion }, decision, text);
    return reload(ctx, id);
  }

  @Mutation(() => Evidence, {
    description: 'Retract evidence (its curator, or an EDITOR): kept for history, no longer counts toward belief.',
  })
  async retractEvidence(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: `Evidence id (${atMost('id')}).` }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you read; a stale one is CONFLICT.' })
    expectedVersion: number,
    @Arg('reason', () => String, { description: `Why it is retracted (3 to ${MAX_LENGTH.reason} characters).` })
    reason: string,
  ) {
    const user = requireRole(ctx.user, ctx.authError, 'CURATOR');
    requireIdLength('id', id);
    requireVersion(expectedVersion);
    await versions.retractEvidence(
      ctx.db,
      user,
      { id, expectedVersion },
      requireText('reason', reason, 'a reason', 'reason'),
    );
    return reload(ctx, id);
  }

  @Mutation(() => Node, {
    description:
      'Add a gene, miRNA, drug, pathway, process or disease with a validated identifier (CURATOR or above). An existing id, or a name, symbol or alias that already finds another entity, is CONFLICT naming that entity.',
  })
  async addEntity(
    @Ctx() ctx: Context,
    @Arg('input', () => EntityInput, { description: 'The entity.' }) input: EntityInput,
  ) {
    const user = requireRole(ctx.user, ctx.authError, 'CURATOR');
    fail(entityInputProblem(input));
    if (input.kind === 'VARIANT') {
      const gene = await requireEntity(ctx, 'GENE', input.gene!, 'input.gene');
      const variant = curatedVariant(input, { id: gene.id, symbol: String(gene.symbol ?? gene.name) });
      return curation.addEntity(ctx.db, user, {
        ...variant,
        label: labelOf('VARIANT'),
        variantOf: gene.id,
        sharedKeys: [...sharedVariantKeys(variant.props.hgvsp as string | null)],
      });
    }
    const entity = curatedEntity(input);
    return curation.addEntity(ctx.db, user, { ...entity, label: labelOf(entity.kind) });
  }

  @Query(() => EvidenceConnection, {
    description: 'Submitted evidence awaiting review, oldest first (EDITOR or above).',
  })
  async reviewQueue(@Ctx() ctx: Context, @Args(() => PageArgs) a: PageArgs) {
    requireRole(ctx.user, ctx.authError, 'EDITOR');
    const window = windowOf(ctx, a, REVIEW_QUEUE_LIST);
    const page = await reviewQueue(ctx.db, window, { counter: ctx.counter });
    return connectionOf(page, window, REVIEW_QUEUE_LIST, evidenceKeyOf);
  }
}

@Resolver(() => Evidence)
export class EvidenceHistoryResolver {
  @FieldResolver(() => [AuditEvent], { description: 'Every change to this evidence, oldest first.' })
  history(@Root() e: Evidence, @Ctx() ctx: Context) {
    return ctx.loaders.history.load(e.id);
  }
}

@Resolver(() => Statement)
export class StatementHistoryResolver {
  @FieldResolver(() => [AuditEvent], { description: 'Every change to this statement and its evidence, oldest first.' })
  history(@Root() s: Statement, @Ctx() ctx: Context) {
    return ctx.loaders.history.load(s.id);
  }
}
