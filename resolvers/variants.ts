/** Finding variants by any name people use (domain/variant.ts), for `variant(name:)` and `alterations:` arguments. */
import { matchesByNameKeys } from '../db/name-resolution.repo.js';
import type { EntityRecord } from '../db/records.js';
import { AppError, ErrorCode, badInput } from '../domain/errors.js';
import { nameKey } from '../domain/names.js';
import { nameLengthProblem } from '../domain/validation.js';
import { parseProteinChange } from '../domain/variant.js';
import type { Context } from './context.js';

/** Most alterations one query takes. */
export const MAX_ALTERATIONS = 50;

/** The description of every `alterations` argument (resistancePaths, paths, combinationTherapies). */
export const ALTERATIONS_DESCRIPTION =
  'The variants the tumour carries (ids or any name: "EGFR T790M", "EGFR p.Thr790Met"; at most 50). Absent: no tumour given, and variant-level statements appear only as paths that start at a variant (`Path.variants` names it). Given: statements about the carried variants apply, those about other variants are left out, and partners the carried variants defeat are not proposed.';

/** Candidates listed for a bare change (T790M) before the answer says "name the gene". */
const MAX_CANDIDATES = 50;

/**
 * Every variant `ref` names, best first: its id; a gene (symbol or any alias) with a protein change
 * in any notation (EGFR T790M, ERBB1 p.Thr790Met) names one; a bare change (T790M, p.Thr790Met)
 * names the variant at that residue of every gene that has one; otherwise a variant's name or alias
 * (FGFR4 gatekeeper).
 */
export async function findVariants(ctx: Context, ref: string): Promise<EntityRecord[]> {
  const byId = await ctx.loaders.node.load(ref.trim());
  if (byId) return byId.kind === 'VARIANT' ? [byId] : [];
  const change = parseProteinChange(ref);
  if (change?.gene) {
    const gene = await ctx.loaders.byName.load({ key: nameKey(change.gene), kind: 'GENE' });
    const v =
      gene && (await ctx.loaders.byName.load({ key: nameKey(`${gene.symbol} ${change.hgvsp}`), kind: 'VARIANT' }));
    if (v) return [v];
  }
  // nameKey keys a bare change the same in every notation (T790M = p.Thr790Met).
  const key = nameKey(ref);
  if (!key) return [];
  const [matches = []] = await matchesByNameKeys(
    ctx.db,
    { keys: [key], kinds: ['VARIANT'], perName: MAX_CANDIDATES },
    { counter: ctx.counter },
  );
  const best = matches[0]?.rank;
  return matches.filter((m) => m.rank === best).map((m) => m.node);
}

/** The one variant `ref` names; NOT_FOUND when none, BAD_USER_INPUT listing the candidates when several. */
export async function requireVariant(ctx: Context, ref: string, arg: string): Promise<EntityRecord> {
  const problem = nameLengthProblem(arg, ref, 'lookupName');
  if (problem) throw badInput(problem.field, problem.message);
  const found = await findVariants(ctx, ref);
  if (found.length === 1) return found[0]!;
  if (found.length === 0)
    throw new AppError(ErrorCode.NOT_FOUND, `${arg}: no variant is known as ${JSON.stringify(ref)}`, { field: arg });
  throw badInput(
    arg,
    `${JSON.stringify(ref)} names ${found.length} variants (${found.map((v) => v.name).join(', ')}): name the gene, e.g. "${found[0]!.name}"`,
  );
}

/** The ids of the variants a tumour carries, or null when the query gave none (`alterations` absent). */
export async function requireAlterations(
  ctx: Context,
  refs: readonly string[] | null | undefined,
): Promise<string[] | null> {
  if (refs == null) return null;
  if (refs.length > MAX_ALTERATIONS)
    throw badInput('alterations', `at most ${MAX_ALTERATIONS} alterations (got ${refs.length})`);
  const found = await Promise.all(refs.map((r, i) => requireVariant(ctx, r, `alterations[${i}]`)));
  return [...new Set(found.map((v) => v.id))];
}
