import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CohortAlterationFrequency } from '../schema/alteration.type.js';
import { Cohort } from '../schema/cohort.type.js';
import type { Context } from './context.js';

@Resolver(() => CohortAlterationFrequency)
export class CohortAlterationFrequencyResolver {
  @FieldResolver(() => Cohort, { description: 'The cohort.' })
  cohort(@Root() f: CohortAlterationFrequency, @Ctx() ctx: Context) {
    return ctx.loaders.cohort.load(f.cohortId);
  }
}
