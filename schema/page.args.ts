import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'Page size reading forward (20 when neither first nor last is given; at most MAX_PAGE_SIZE, 100 by default; more is BAD_USER_INPUT).',
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Return items after this cursor (an endCursor or edge cursor of this same list; a cursor of another list is BAD_USER_INPUT).',
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Page size reading backward from the end, or from `before` (not with first).',
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return items before this cursor (a startCursor or edge cursor of this same list).',
  })
  before?: string | null;
}
