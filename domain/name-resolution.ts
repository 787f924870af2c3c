/**
 * Resolving many names at once (`resolve(names:)`): which distinct lookup keys to ask the database
 * for, how each match matched (the id, the symbol, the primary name, another id the entity is known
 * by, or an alias), and each name's matches, best first.
 */
import { nameKey } from './names.js';

/** How a name matched an entity, best first. */
export const NAME_MATCH_TYPES = ['ID', 'SYMBOL', 'NAME', 'CROSS_REFERENCE', 'ALIAS'] as const;
export type NameMatchType = (typeof NAME_MATCH_TYPES)[number];

const ORDER = new Map<NameMatchType, number>(NAME_MATCH_TYPES.map((t, i) => [t, i]));

/** The fields of an entity a match type is read from. */
export interface NamedNode {
  id: string;
  name?: string | null;
  symbol?: string | null;
}

/** One row of the database: the entity, the rank of the name that matched (0 primary, 1 alias), its text. */
export interface KeyMatch<N extends NamedNode> {
  node: N;
  rank: number;
  matched: string;
}

export interface NameMatch<N extends NamedNode> {
  node: N;
  matchType: NameMatchType;
  matched: string;
}

export interface NameResolution<N extends NamedNode> {
  name: string;
  /** The best match's type; null when nothing matched. */
  matchType: NameMatchType | null;
  matches: NameMatch<N>[];
}

/**
 * How lookup key `key` matched `node`: its id, its symbol, its primary name, else by the rank of the
 * stored name: another primary name (an id it is known by: Entrez, Ensembl, UniProt, ChEMBL, xrefs)
 * or an alias (aliases, previous symbols, synonyms, brand names).
 */
export function nameMatchType(key: string, node: NamedNode, rank: number): NameMatchType {
  if (key === nameKey(node.id)) return 'ID';
  if (node.symbol && key === nameKey(node.symbol)) return 'SYMBOL';
  if (node.name && key === nameKey(node.name)) return 'NAME';
  return rank === 0 ? 'CROSS_REFERENCE' : 'ALIAS';
}

/** The distinct non-empty lookup keys of the names, in first-seen order (what the database is asked). */
export function distinctKeys(names: readonly string[]): string[] {
  return [...new Set(names.map(nameKey).filter((k) => k.length > 0))];
}

/**
 * Each name as given, in input order, with its matches (best type first, then by id) and the best
 * match's type. `byKey` holds the database's matches per lookup key; a name with no key (blank) or
 * no entry matches nothing.
 */
export function resolveNames<N extends NamedNode>(
  names: readonly string[],
  byKey: ReadonlyMap<string, readonly KeyMatch<N>[]>,
): NameResolution<N>[] {
  return names.map((name) => {
    const key = nameKey(name);
    const matches = (byKey.get(key) ?? [])
      .map((m) => ({ node: m.node, matched: m.matched, matchType: nameMatchType(key, m.node, m.rank) }))
      .sort(
        (a, b) =>
          ORDER.get(a.matchType)! - ORDER.get(b.matchType)! ||
          (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0),
      );
    return { name, matchType: matches[0]?.matchType ?? null, matches };
  });
}
