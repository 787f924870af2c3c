/**
 * The change feed in the API: `events(after, first)` pages every committed curation change in
 * commit order (a mirror keeps in sync with it), and subscriptions push changes as they commit:
 * evidence of an entity, statement or disease; the editors' review queue; and the derived results
 * of resistancePaths and combinationTherapies, pushed only when a write changes them.
 */
import { Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { ChangeEvent as ChangeRecord } from '../db/events.repo.js';
import { eventsAfter } from '../db/events.repo.js';
import { requireRole } from '../domain/auth.js';
import { AppError, ErrorCode, badInput } from '../domain/errors.js';
import { REVIEW_QUEUE_ACTIONS, eventCursor, eventSeq, touches } from '../domain/events.js';
import { CombinationCandidate } from '../schema/combination-candidate.type.js';
import { ChangeEvent, ChangeEventPage } from '../schema/event.type.js';
import { Path } from '../schema/path.type.js';
import { CombinationArgs, CombinationTherapyResolver } from './combination-therapy.resolver.js';
import type { Context } from './context.js';
import { PathResolver, ResistanceArgs } from './path.resolver.js';

@ArgsType()
class EventsArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Changes after this cursor (an endCursor); none: from the first.',
  })
  after?: string | null;

  @Field(() => Int, { defaultValue: 50, description: 'How many changes (at most MAX_PAGE_SIZE).' })
  first!: number;
}

@ArgsType()
class EvidenceWatchArgs {
  @Field(() => ID, { nullable: true, description: 'Changes to statements about this entity (subject or object).' })
  entity?: string | null;

  @Field(() => ID, { nullable: true, description: 'Changes to this statement or its evidence.' })
  statement?: string | null;

  @Field(() => ID, { nullable: true, description: 'Changes to statements about this disease.' })
  disease?: string | null;
}

const parse = (v: string | null) => (typeof v === 'string' ? (JSON.parse(v) as Record<string, unknown>) : null);
const toEvent = (e: ChangeRecord): ChangeEvent => ({ ...e, before: parse(e.before), after: parse(e.after) });

function feedOf(ctx: Context) {
  if (!ctx.live) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Subscriptions are served over WebSocket at /graphql.');
  return ctx.live;
}

/** Every committed event the filter keeps, one at a time, until the client unsubscribes. */
async function* matching(ctx: Context, keep: (e: ChangeRecord) => boolean): AsyncGenerator<ChangeEvent> {
  const live = feedOf(ctx);
  for await (const batch of live.feed.batches(live.signal)) for (const e of batch) if (keep(e)) yield toEvent(e);
}

/**
 * A derived result, pushed when a committed write changes it: computed once at subscription (not
 * sent), then again after each batch of changes with a fresh request context (loaders, deadline),
 * and sent only when it differs from the last one. Cursors do not count: they name the graph
 * version (domain/rank-cursor.ts), which every write moves on.
 */
async function* whenChanged<T>(ctx: Context, compute: (ctx: Context) => Promise<T>): AsyncGenerator<T> {
  const live = feedOf(ctx);
  const batches = live.feed.batches(live.signal);
  const keyOf = (v: T) => JSON.stringify(v, (k, x: unknown) => (k === 'cursor' ? undefined : x));
  let last = keyOf(await compute(ctx));
  for await (const _batch of batches) {
    live.renew();
    const now = await compute(ctx);
    const key = keyOf(now);
    if (key === last) continue;
    last = key;
    yield now;
  }
}

@Resolver()
export class EventResolver {
  @Query(() => ChangeEventPage, {
    description:
      'Every committed curation change (the audit trail), in commit order; keep the endCursor and ask again for later changes.',
  })
  async events(@Ctx() ctx: Context, @Args(() => EventsArgs) a: EventsArgs): Promise<ChangeEventPage> {
    if (a.first < 1 || a.first > ctx.maxPageSize) throw badInput('first', `must be from 1 to ${ctx.maxPageSize}.`);
    const after = eventSeq(a.after);
    const found = await eventsAfter(ctx.db, after, a.first + 1, { counter: ctx.counter });
    const page = found.slice(0, a.first);
    const edges = page.map((e) => ({ cursor: eventCursor(e.seq), node: toEvent(e) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: found.length > a.first,
        hasPreviousPage: after > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? a.after ?? null,
      },
    };
  }

  @Subscription(() => ChangeEvent, {
    description:
      'Changes to evidence as they commit: of statements about an entity, of one statement, or of statements about a disease (give at least one).',
    subscribe: ({ args, context }) => {
      const watch = args as EvidenceWatchArgs;
      if (!watch.entity && !watch.statement && !watch.disease)
        throw badInput('entity', 'give an entity, a statement or a disease to watch.');
      return matching(context as Context, (e) => touches(e, watch));
    },
  })
  evidenceChanged(@Root() e: ChangeEvent, @Args(() => EvidenceWatchArgs) _a: EvidenceWatchArgs): ChangeEvent {
    return e;
  }

  @Subscription(() => ChangeEvent, {
    description:
      "Changes to the editors' review queue: evidence submitted, revised, accepted, rejected or retracted (EDITOR or above).",
    subscribe: ({ context }) => {
      const ctx = context as Context;
      requireRole(ctx.user, ctx.authError, 'EDITOR');
      return matching(ctx, (e) => REVIEW_QUEUE_ACTIONS.has(e.action));
    },
  })
  reviewQueueChanged(@Root() e: ChangeEvent): ChangeEvent {
    return e;
  }

  @Subscription(() => [Path], {
    description: 'The resistancePaths answer for these arguments, pushed each time a committed write changes it.',
    subscribe: ({ args, context }) =>
      whenChanged(context as Context, (ctx) => new PathResolver().resistancePaths(ctx, args as ResistanceArgs)),
  })
  resistancePathsChanged(@Root() paths: Path[], @Args(() => ResistanceArgs) _a: ResistanceArgs): Path[] {
    return paths;
  }

  @Subscription(() => [CombinationCandidate], {
    description: 'The combinationTherapies answer for these arguments, pushed each time a committed write changes it.',
    subscribe: ({ args, context }) =>
      whenChanged(context as Context, (ctx) =>
        new CombinationTherapyResolver().combinationTherapies(ctx, args as CombinationArgs),
      ),
  })
  combinationTherapiesChanged(
    @Root() candidates: CombinationCandidate[],
    @Args(() => CombinationArgs) _a: CombinationArgs,
  ): CombinationCandidate[] {
    return candidates;
  }
}
