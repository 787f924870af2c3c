import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: 20,
    description: 'Page size (at most MAX_PAGE_SIZE, 100 by default; more is BAD_USER_INPUT).',
  })
  first!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Return items after this cursor (an endCursor from a previous page).',
  })
  after?: string | null;
}
