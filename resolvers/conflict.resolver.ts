import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { statementsBetween } from '../db/conflict.repo.js';
import type { StatementRecord } from '../db/records.js';
import { findConflicts, type Conflict as ConflictRecord } from '../domain/conflicts.js';
import { Conflict, ConflictKind, ConflictResolution } from '../schema/conflict.type.js';
import { Statement } from '../schema/statement.type.js';
import { requireEntity } from './args.js';
import type { Context } from './context.js';
import { findVariants } from './variants.js';

const toObject = (c: ConflictRecord) => ({
  ...c,
  kind: c.kind as ConflictKind,
  resolution: c.resolution as ConflictResolution,
  real: c.resolution === 'REAL',
});

@Resolver(() => Conflict)
export class ConflictResolver {
  @Query(() => [Conflict], {
    description:
      'Accepted statements from a subject (a gene: also from its variants) to an object that disagree: opposite effects, or refuted more than supported. Each says whether the disagreement is real or disappears at variant level or in another disease. Real conflicts first.',
  })
  async conflicts(
    @Ctx() ctx: Context,
    @Arg('subject', () => ID, { description: 'A gene, variant or other entity: id or any name (EGFR, EGFR T790M).' })
    subject: string,
    @Arg('object', () => ID, { description: 'What the statements are about: id or any name (gefitinib).' })
    object: string,
    @Arg('disease', () => ID, {
      nullable: true,
      description: 'Only statements valid in this disease or in none in particular. Default: any disease.',
    })
    disease?: string | null,
  ) {
    const variants = await findVariants(ctx, subject);
    const subj = variants.length === 1 ? variants[0]! : await requireEntity(ctx, null, subject, 'subject');
    const obj = await requireEntity(ctx, null, object, 'object');
    const dis = disease ? await requireEntity(ctx, 'DISEASE', disease, 'disease') : null;
    const [statements] = await statementsBetween(
      ctx.db,
      [{ subject: subj.id, object: obj.id, disease: dis?.id ?? null }],
      { counter: ctx.counter },
    );
    return findConflicts(statements!).map(toObject);
  }

  @FieldResolver(() => [Statement], { description: 'The statements that disagree (one for REFUTED).' })
  async statements(@Root() c: Conflict, @Ctx() ctx: Context) {
    return ctx.loaders.statement.loadMany(c.statementIds);
  }
}

@Resolver(() => Statement)
export class StatementConflictsResolver {
  @FieldResolver(() => [Conflict], {
    description:
      "Conflicts this statement takes part in, against statements from the same subject (for a variant: its gene and the gene's other variants) to the same object, in any disease; each says whether it is real.",
  })
  async conflicts(@Root() s: StatementRecord, @Ctx() ctx: Context) {
    return (await ctx.loaders.statementConflicts.load(s.id)).map(toObject);
  }
}
