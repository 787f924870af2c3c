import { Ctx, Query, Resolver } from 'type-graphql';
import { readMeta } from '../db/release.repo.js';
import { sourcesInGraph } from '../domain/sources.js';
import { Meta } from '../schema/meta.type.js';
import type { Context } from './context.js';

@Resolver(() => Meta)
export class MetaResolver {
  @Query(() => Meta, {
    description:
      'The data version, the release the database was loaded from, and the sources with their licences (pin dataVersion or a release to reproduce answers).',
  })
  async meta(@Ctx() ctx: Context): Promise<Meta> {
    const { version, release, imports } = await readMeta(ctx.db, { counter: ctx.counter });
    return {
      dataVersion: String(version),
      releaseName: release?.name ?? null,
      releasedAt: release?.releasedAt ?? null,
      // A source's version is the file imported (its name carries the release or date).
      sources: sourcesInGraph(imports).map(({ file, ...s }) => ({ ...s, version: file })),
    };
  }
}
