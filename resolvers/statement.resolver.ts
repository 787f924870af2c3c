import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { StatementRecord } from '../db/records.js';
import { statementName } from '../domain/record-names.js';
import { Disease } from '../schema/disease.type.js';
import { EvidenceConnection } from '../schema/edges.type.js';
import { EvidenceStatus, NodeKind } from '../schema/enums.js';
import { Node } from '../schema/node.interface.js';
import { PageArgs } from '../schema/page.args.js';
import { Statement, StatementContext } from '../schema/statement.type.js';
import { evidenceListRef } from '../loaders/statement.loader.js';
import { Variant } from '../schema/variant.type.js';
import { windowOf } from './args.js';
import type { Context } from './context.js';
import { EVIDENCE_FIELD } from './lookahead.js';

@ArgsType()
class EvidencePageArgs extends PageArgs {
  @Field(() => EvidenceStatus, {
    nullable: true,
    description: 'Only evidence with this status (default: every status).',
  })
  status?: EvidenceStatus | null;
}

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => Statement, { nullable: true, description: 'A statement by id. Null when unknown.' })
  statement(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Statement id, e.g. RESISTKG:stmt-P16.' }) id: string,
  ) {
    return ctx.loaders.statement.load(id);
  }

  @FieldResolver(() => String, { description: 'The statement as subject id, predicate and object id.' })
  name(@Root() s: StatementRecord): string {
    return statementName(s);
  }

  @FieldResolver(() => NodeKind, { description: 'STATEMENT.' })
  kind(): string {
    return 'STATEMENT';
  }

  @FieldResolver(() => Node, { description: 'What the statement is about.' })
  subject(@Root() s: StatementRecord, @Ctx() ctx: Context) {
    return ctx.loaders.node.load(s.subjectId);
  }

  @FieldResolver(() => Node, { description: 'What the subject acts on.' })
  object(@Root() s: StatementRecord, @Ctx() ctx: Context) {
    return ctx.loaders.node.load(s.objectId);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether paths, neighbourhoods, degrees and edge lists see this statement. False once every one of its ' +
      'evidence records was rejected or retracted; true again when new evidence is submitted or accepted.',
  })
  inTraversalGraph(@Root() s: StatementRecord): boolean {
    return s.inTraversalGraph !== false;
  }

  @FieldResolver(() => StatementContext, { description: 'Where the statement holds, and its caveats.' })
  context(@Root() s: StatementRecord): StatementContext {
    return {
      diseaseId: s.contextDisease ?? null,
      cellType: s.contextCellType ?? null,
      setting: s.contextSetting ?? null,
      note: s.contextNote ?? null,
      qualifier: s.contextQualifier ?? null,
      alterationIds: (s.contextAlterations as string[] | null) ?? [],
      resistanceType: (s.contextResistanceType as string | null) ?? null,
      variantOrigin: (s.contextVariantOrigin as string | null) ?? null,
    };
  }

  @FieldResolver(() => EvidenceConnection, {
    name: EVIDENCE_FIELD,
    description: 'Evidence for and against the statement, oldest first.',
  })
  evidence(@Root() s: StatementRecord, @Ctx() ctx: Context, @Args(() => EvidencePageArgs) a: EvidencePageArgs) {
    return ctx.loaders.statementEvidence.load({
      id: s.id,
      status: a.status ?? null,
      window: windowOf(ctx, a, evidenceListRef(s.id)),
    });
  }
}

@Resolver(() => StatementContext)
export class StatementContextResolver {
  @FieldResolver(() => Disease, {
    nullable: true,
    description: 'The disease the statement is valid in; null means no particular disease.',
  })
  disease(@Root() c: StatementContext, @Ctx() ctx: Context) {
    return c.diseaseId ? ctx.loaders.node.load(c.diseaseId) : null;
  }

  @FieldResolver(() => [Variant], {
    description:
      'The variants a tumour must carry for the statement to hold (e.g. osimertinib after EGFR p.Thr790Met); empty when it holds regardless.',
  })
  async alterations(@Root() c: StatementContext, @Ctx() ctx: Context) {
    const nodes = await ctx.loaders.node.loadMany(c.alterationIds);
    return nodes.filter((n) => n && !(n instanceof Error));
  }
}
