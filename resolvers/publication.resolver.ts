import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { StatementConnection } from '../schema/edges.type.js';
import { FilteredPageArgs } from '../schema/filter.args.js';
import { Publication } from '../schema/publication.type.js';
import { statementsPage } from './args.js';
import type { Context } from './context.js';

@Resolver(() => Publication)
export class PublicationResolver {
  @FieldResolver(() => StatementConnection, {
    description:
      'The statements this source is cited for by ACCEPTED evidence (supporting or refuting), highest belief first.',
  })
  statements(@Root() x: Publication, @Ctx() ctx: Context, @Args(() => FilteredPageArgs) a: FilteredPageArgs) {
    return statementsPage(ctx, x.id, a, 'publicationStatements');
  }
}
