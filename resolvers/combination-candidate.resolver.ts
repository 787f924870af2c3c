import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { MAX_PARTNER_TARGETS } from '../domain/combinations.js';
import { firstItems } from '../domain/paging.js';
import { CombinationCandidate } from '../schema/combination-candidate.type.js';
import type { Context } from './context.js';

/** Flags of a candidate's capped lists (the candidate itself: combination-therapy.resolver.ts). */
@Resolver(() => CombinationCandidate)
export class CombinationCandidateResolver {
  /** Reads the same loader key as partnerTargets, so it costs no second round trip. */
  @FieldResolver(() => Boolean)
  async partnerTargetsTruncated(@Root() c: CombinationCandidate, @Ctx() ctx: Context) {
    const page = await ctx.loaders.targetsOut.load({ id: c.partner.id, window: firstItems(MAX_PARTNER_TARGETS) });
    return page.pageInfo.hasNextPage;
  }
}
