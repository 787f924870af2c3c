import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { StatementConnection } from '../schema/edges.type.js';
import { FilteredPageArgs } from '../schema/filter.args.js';
import { Process } from '../schema/process.type.js';
import { statementsPage } from './args.js';
import type { Context } from './context.js';

@Resolver(() => Process)
export class ProcessResolver {
  @FieldResolver(() => StatementConnection, {
    description: 'Every statement with this process as subject or object, highest belief first.',
  })
  statements(@Root() x: Process, @Ctx() ctx: Context, @Args(() => FilteredPageArgs) a: FilteredPageArgs) {
    return statementsPage(ctx, x.id, a);
  }
}
