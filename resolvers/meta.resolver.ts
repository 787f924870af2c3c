import { Ctx, Query, Resolver } from 'type-graphql';
import { readMeta } from '../db/release.repo.js';
import { SOURCES } from '../domain/sources.js';
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
    const imported = new Map(imports.map((i) => [i.source, i]));
    return {
      dataVersion: String(version),
      releaseName: release?.name ?? null,
      releasedAt: release?.releasedAt ?? null,
      sources: Object.entries(SOURCES)
        .filter(([key]) => key === 'resistkg' || imported.has(key))
        .map(([key, s]) => ({
          name: s.name,
          infores: s.infores,
          licence: s.licence,
          url: s.url,
          version: imported.get(key)?.file ?? null,
          retrievedAt: imported.get(key)?.retrievedAt ?? null,
        })),
    };
  }
}
