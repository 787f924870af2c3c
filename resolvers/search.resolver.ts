import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { searchMatches } from '../db/search.repo.js';
import { badInput } from '../domain/errors.js';
import { nameKey } from '../domain/names.js';
import { EXACT_ALIAS, EXACT_PRIMARY, FULLTEXT_MAX, luceneTerms, toLuceneQuery } from '../domain/search.js';
import { NodeKind } from '../schema/enums.js';
import { MatchType, SearchHit } from '../schema/search-hit.type.js';
import type { Node } from '../schema/node.interface.js';
import type { Context } from './context.js';

const MAX_RESULTS = 50;
const MAX_QUERY = 200;

/** The name of a node that best explains a full-text hit. */
function matchedName(node: Record<string, unknown>, terms: string[]): string {
  const names = [
    node.symbol,
    node.name,
    ...((node.aliases as string[]) ?? []),
    ...((node.synonyms as string[]) ?? []),
  ].filter((n): n is string => typeof n === 'string');
  const lower = (s: string) => s.toLowerCase();
  return (
    names.find((n) => terms.every((t) => lower(n).includes(t))) ??
    names.find((n) => terms.some((t) => lower(n).includes(t))) ??
    String(node.name)
  );
}

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Find entities by what people type: ids (HGNC:1527, 857, ENSG…), symbols, names, aliases and synonyms (p21, P70S6K, AMPKα, miR-7, BGB324, Nexavar, HCC), then words and prefixes of names (caveolin, hepatocellular), tolerating one typo. Exact matches first; ambiguous names return every candidate.',
  })
  async search(
    @Ctx() ctx: Context,
    @Arg('query', () => String, { description: 'What to look for (1 to 200 characters).' }) query: string,
    @Arg('kinds', () => [NodeKind], { nullable: true, description: 'Only these kinds of entity.' })
    kinds?: string[] | null,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many hits (at most 50).' }) first = 10,
  ): Promise<SearchHit[]> {
    const text = query.trim();
    if (text.length === 0 || text.length > MAX_QUERY) throw badInput('query', `must be 1 to ${MAX_QUERY} characters`);
    if (!Number.isInteger(first) || first < 1 || first > MAX_RESULTS)
      throw badInput('first', `must be from 1 to ${MAX_RESULTS}`);
    const kindList = kinds && kinds.length > 0 ? kinds : null;
    const opts = { counter: ctx.counter };
    const lucene = toLuceneQuery(text);
    const { exact, fulltext } = await searchMatches(
      ctx.db,
      { keys: [nameKey(text)], lucene: lucene || null, kinds: kindList, exactLimit: first, fulltextLimit: first * 2 },
      opts,
    );
    const hits: SearchHit[] = [];
    const seen = new Set<string>();
    for (const e of exact) {
      if (seen.has(e.node.id as string)) continue;
      seen.add(e.node.id as string);
      hits.push({
        node: e.node as unknown as Node,
        score: e.rank === 0 ? EXACT_PRIMARY : EXACT_ALIAS,
        matched: e.matched,
        matchType: MatchType.EXACT,
      });
    }
    const best = Math.max(...fulltext.map((f) => f.score), 1e-9);
    const terms = luceneTerms(text);
    for (const f of fulltext) {
      if (seen.has(f.node.id as string)) continue;
      seen.add(f.node.id as string);
      const score = Math.round(((FULLTEXT_MAX * f.score) / best) * 1000) / 1000;
      hits.push({
        node: f.node as unknown as Node,
        score,
        matched: matchedName(f.node, terms),
        matchType: MatchType.FULLTEXT,
      });
    }
    return hits.sort((a, b) => b.score - a.score || (a.node.id < b.node.id ? -1 : 1)).slice(0, first);
  }
}
