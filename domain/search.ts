/**
 * Turning what a biologist types into a safe full-text query, and ranking hits.
 *
 * Ranking: exact matches of an id, symbol or primary name (score 100) and of an alias or synonym
 * (90) come first; then full-text hits, scaled into (0, 80] by their Lucene score relative to the
 * best one. Equal scores are ordered by id (rankHits, below); the kind plays no part.
 */

/** Lucene's special characters, escaped with a backslash (so "p21-Rac1" or "AND" are just text). */
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
const WORDS = new Set(['and', 'or', 'not', 'to']);

export function luceneTerms(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[\s\-_/.,;:()]+/)
    .map((t) => t.replace(SPECIAL, '').toLowerCase())
    .filter((t) => t.length > 0 && !WORDS.has(t))
    .slice(0, 8);
}

/**
 * Every term must match: exactly, as a prefix (typeahead), or fuzzily (edit distance 1) when it is
 * 4 characters or longer. Null when nothing searchable is left.
 */
export function toLuceneQuery(text: string): string | null {
  const terms = luceneTerms(text);
  if (terms.length === 0) return null;
  return terms.map((t) => `+(${t} OR ${t}*${t.length >= 4 ? ` OR ${t}~1` : ''})`).join(' ');
}

export const EXACT_PRIMARY = 100;
export const EXACT_ALIAS = 90;
export const FULLTEXT_MAX = 80;

/** A node as search finds it: the names a hit can be explained by. */
export interface SearchNode {
  id: string;
  name: string;
  symbol?: string | null;
  aliases?: string[] | null;
  synonyms?: string[] | null;
}

export interface ExactMatch<N extends SearchNode> {
  node: N;
  /** 0: the id, symbol or primary name; otherwise an alias or synonym. */
  rank: number;
  matched: string;
}

export interface FulltextMatch<N extends SearchNode> {
  node: N;
  /** Lucene's score. */
  score: number;
}

export interface RankedHit<N extends SearchNode> {
  node: N;
  score: number;
  matched: string;
  matchType: 'EXACT' | 'FULLTEXT';
}

/** The name of a node that best explains a full-text hit: one with every term, else any term. */
export function matchedName(node: SearchNode, terms: readonly string[]): string {
  const names = [node.symbol, node.name, ...(node.aliases ?? []), ...(node.synonyms ?? [])].filter(
    (n): n is string => typeof n === 'string',
  );
  const lower = (s: string) => s.toLowerCase();
  return (
    names.find((n) => terms.every((t) => lower(n).includes(t))) ??
    names.find((n) => terms.some((t) => lower(n).includes(t))) ??
    String(node.name)
  );
}

/**
 * Exact and full-text matches merged into one ranked list of at most `first` hits: each node once
 * (its exact match wins), exact scores EXACT_PRIMARY or EXACT_ALIAS, full-text scores scaled into
 * (0, FULLTEXT_MAX] relative to the best full-text hit (three decimals), then by score, ties by id.
 */
export function rankHits<N extends SearchNode>(
  text: string,
  exact: readonly ExactMatch<N>[],
  fulltext: readonly FulltextMatch<N>[],
  first: number,
): RankedHit<N>[] {
  const hits: RankedHit<N>[] = [];
  const seen = new Set<string>();
  for (const e of exact) {
    if (seen.has(e.node.id)) continue;
    seen.add(e.node.id);
    hits.push({
      node: e.node,
      score: e.rank === 0 ? EXACT_PRIMARY : EXACT_ALIAS,
      matched: e.matched,
      matchType: 'EXACT',
    });
  }
  const best = Math.max(...fulltext.map((f) => f.score), 1e-9);
  const terms = luceneTerms(text);
  for (const f of fulltext) {
    if (seen.has(f.node.id)) continue;
    seen.add(f.node.id);
    const score = Math.round(((FULLTEXT_MAX * f.score) / best) * 1000) / 1000;
    hits.push({ node: f.node, score, matched: matchedName(f.node, terms), matchType: 'FULLTEXT' });
  }
  return hits.sort((a, b) => b.score - a.score || (a.node.id < b.node.id ? -1 : 1)).slice(0, first);
}
