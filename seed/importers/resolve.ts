/** Finding entities the graph already has, by id or any name, before creating new ones. */
import type { Database } from '../../db/database.js';
import { idsByNameKey } from '../../db/import.repo.js';
import type { EntityRow, SynonymRow } from '../../db/seed.repo.js';
import { entityRecord, type EntityParts } from '../../domain/entity.js';
import { nameKey } from '../../domain/names.js';

/** Existing entity ids for (kind, name) pairs; names not found are absent from the map. */
export async function resolveExisting(db: Database, kind: string, names: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(names.filter(Boolean))];
  const out = new Map<string, string>();
  for (let i = 0; i < unique.length; i += 5000) {
    const slice = unique.slice(i, i + 5000);
    const keys = slice.map(nameKey);
    const found = await idsByNameKey(db, kind, [...new Set(keys)]);
    slice.forEach((name, j) => {
      const id = found.get(keys[j]!);
      if (id) out.set(name, id);
    });
  }
  return out;
}

/**
 * An entity row plus its synonym row, for an entity an importer (or the generator) creates: the id
 * and the primary names (the first is `name`; a gene's symbol may be another) rank 0, aliases rank 1
 * (domain/entity.ts); `lookup` adds names found by lookup only.
 */
export function newEntity(
  kind: string,
  id: string,
  name: string | string[],
  aliases: string[],
  extra: Record<string, unknown> = {},
  lookup?: EntityParts['lookup'],
): [EntityRow, SynonymRow] {
  const primary = Array.isArray(name) ? name : [name];
  const e = entityRecord({ kind, id, name: primary[0]!, primary, aliases, extra, lookup });
  return [
    { id, kind, props: e.props },
    { id, names: e.names },
  ];
}
