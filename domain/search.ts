/**
 * Turning what a biologist types into a safe full-text query, and ranking hits.
 *
 * Ranking: exact matches of an id, symbol or primary name (score 100) and of an alias or synonym
 * (90) come first; then full-text hits, scaled into (0, 80] by their Lucene score relative to the
 * best one. Equal scores are ordered by id (resolvers/search.resolver.ts); the kind plays no part.
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
