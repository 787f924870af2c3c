/** Finding entities the graph already has, by id or any name, before creating new ones. */
import type { Database } from '../../db/database.js';
import { bestEntitiesByName } from '../../db/entity.repo.js';
import type { EntityRow, SynonymRow } from '../../db/seed.repo.js';
import { nameKey } from '../../domain/names.js';

/** Existing entity ids for (kind, name) pairs; names not found are absent from the map. */
export async function resolveExisting(db: Database, kind: string, names: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(names.filter(Boolean))];
  const out = new Map<string, string>();
  for (let i = 0; i < unique.length; i += 5000) {
    const slice = unique.slice(i, i + 5000);
    const found = await bestEntitiesByName(
      db,
      slice.map((n) => ({ key: nameKey(n), kind })),
    );
    found.forEach((row, j) => row && out.set(slice[j]!, row.id as string));
  }
  return out;
}

/**
 * An entity row plus its synonym row, for an entity an importer (or the generator) creates: the id
 * and the primary names (the first is `name`; a gene's symbol may be another) rank 0, aliases rank 1.
 */
export function newEntity(
  kind: string,
  id: string,
  name: string | string[],
  aliases: string[],
  extra: Record<string, unknown> = {},
): [EntityRow, SynonymRow] {
  const primaryNames = Array.isArray(name) ? name : [name];
  const primary = [id, ...primaryNames].filter(Boolean);
  const texts = [...primary, ...aliases.filter(Boolean)];
  const names = texts
    .map((text, i) => ({ key: nameKey(text), text, rank: i < primary.length ? 0 : 1 }))
    .filter((n, i, all) => n.key && all.findIndex((m) => m.key === n.key) === i);
  return [
    { id, kind, props: { name: primaryNames[0], aliases, searchText: texts.join(' | '), ...extra } },
    { id, names },
  ];
}
