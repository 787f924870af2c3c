import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { searchMatches } from '../db/search.repo.js';
import { badInput } from '../domain/errors.js';
import { nameKey } from '../domain/names.js';
import { rankHits, toLuceneQuery } from '../domain/search.js';
import { MAX_LENGTH, nameLengthProblem } from '../domain/validation.js';
import { NodeKind } from '../schema/enums.js';
import { MatchType, SearchHit } from '../schema/search-hit.type.js';
import type { Node } from '../schema/node.interface.js';
import type { Context } from './context.js';

const MAX_RESULTS = 50;
const MAX_QUERY = MAX_LENGTH.searchQuery;

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Find entities by what people type: ids (HGNC:1527, 857, ENSG…), symbols, names, aliases and synonyms (p21, P70S6K, AMPKα, miR-7, BGB324, Nexavar, HCC), then words and prefixes of names (caveolin, hepatocellular), tolerating one typo. Exact matches first; ambiguous names return every candidate.',
  })
  async search(
    @Ctx() ctx: Context,
    @Arg('query', () => String, { description: `What to look for (1 to ${MAX_QUERY} characters).` }) query: string,
    @Arg('kinds', () => [NodeKind], { nullable: true, description: 'Only these kinds of entity.' })
    kinds?: string[] | null,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many hits (at most 50).' }) first = 10,
  ): Promise<SearchHit[]> {
    const text = query.trim();
    if (text.length === 0 || nameLengthProblem('query', text, 'searchQuery'))
      throw badInput('query', `must be 1 to ${MAX_QUERY} characters`);
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
    return rankHits(text, exact, fulltext, first).map((h) => ({
      ...h,
      node: h.node as Node,
      matchType: MatchType[h.matchType],
    }));
  }
}
