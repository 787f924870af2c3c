/** Per-request loaders of entities (and publications), and of any Relay node, by id; null for unknown ids. */
import DataLoader from 'dataloader';
import type { Database, QueryCounter } from '../db/database.js';
import { bestEntitiesByName, entitiesByIds, nodesByIds, type NameLookup, type NodeRecord } from '../db/entity.repo.js';
import type { EntityRecord } from '../db/records.js';

export type NodeLoader = DataLoader<string, EntityRecord | null>;

export function nodeLoader(db: Database, counter: QueryCounter): NodeLoader {
  return new DataLoader<string, EntityRecord | null>(async (ids) => {
    const found = await entitiesByIds(db, ids, { counter });
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * What `node(id)` and `nodes(ids)` return: an entity or publication, else a statement, evidence,
 * cohort, patient or sample; one round trip per batch.
 */
export function anyNodeLoader(db: Database, counter: QueryCounter): DataLoader<string, NodeRecord | null> {
  return new DataLoader(async (ids) => {
    const found = await nodesByIds(db, ids, { counter });
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Per-request loader of the best entity of a kind for a normalised name (symbol, alias, synonym, id). */
export function nameLoader(db: Database, counter: QueryCounter): DataLoader<NameLookup, EntityRecord | null, string> {
  return new DataLoader((lookups) => bestEntitiesByName(db, lookups, { counter }), {
    cacheKeyFn: (l) => `${l.kind}|${l.key}`,
  });
}
