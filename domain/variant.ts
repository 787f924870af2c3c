/**
 * Variants (design §4a): the record a variant is stored as (its id, display name and every name it
 * is found by, from a gene and a protein change parsed by domain/protein-change.ts, which this
 * module re-exports), and its structural VARIANT_OF statement. Pure; the MERGE that writes them is
 * db/variant.repo.ts. A MAF's HGVSp_Short column (`p.T790M`) parses as it is.
 */
import { entityRecord, type EntityRecord } from './entity.js';
import { nameKey } from './names.js';
import { parseProteinChange } from './protein-change.js';
import type { AlterationType } from './vocabulary.js';

export { parseProteinChange, type ProteinChange } from './protein-change.js';

/** The project id of a variant of a gene (no ClinGen CAID is invented): RESISTKG:var-EGFR-p.Thr790Met. */
export function variantId(symbol: string, hgvsp: string): string {
  return `RESISTKG:var-${symbol}-${hgvsp}`;
}

export interface VariantParts {
  /** Project or ClinGen Allele Registry (CAID:CA...) id; default the project id from symbol and change. */
  id?: string;
  geneId: string;
  symbol: string;
  /** Canonical HGVS protein change, or null for a class of alterations with no single change (FGFR4 gatekeeper mutations). */
  hgvsp: string | null;
  /** The display name when there is no protein change (e.g. "FGFR4 gatekeeper mutation"). */
  name?: string;
  alterationType: AlterationType;
  aliases?: string[];
  note?: string | null;
}

/**
 * What a variant is stored as. Primary names: the id and `EGFR p.Thr790Met`, which is also how
 * `EGFR p.T790M` and `EGFR T790M` are keyed (domain/names.ts nameKey keys a change the same in
 * every notation); alias: the change without its gene (`p.Thr790Met`, so `T790M`), shared by every
 * gene's variant at that residue, so a bare change finds all of them. Three names in all; the
 * full-text `searchText` holds every notation.
 */
export function variantRecord(v: VariantParts): EntityRecord {
  const change = v.hgvsp ? parseProteinChange(v.hgvsp) : null;
  if (v.hgvsp && (!change || change.gene !== null || change.hgvsp !== v.hgvsp))
    throw new Error(`${v.hgvsp} is not a canonical HGVS protein change`);
  const name = change ? `${v.symbol} ${change.hgvsp}` : (v.name ?? '');
  if (!name) throw new Error('a variant without a protein change needs a name');
  const id = v.id ?? variantId(v.symbol, change ? change.hgvsp : name.replace(/[^A-Za-z0-9._-]+/g, '-'));
  const primary = change ? [name, `${v.symbol} ${change.short}`, `${v.symbol} ${change.short.slice(2)}`] : [name];
  const bare = change ? [change.hgvsp, change.short, change.short.slice(2)] : [];
  return entityRecord({
    kind: 'VARIANT',
    id,
    name,
    primary,
    aliases: [...(v.aliases ?? []), ...bare],
    extra: {
      geneId: v.geneId,
      geneSymbol: v.symbol,
      hgvsp: change?.hgvsp ?? null,
      alterationType: v.alterationType,
      externalId: id.startsWith('CAID:') ? id : null,
      note: v.note ?? null,
    },
  });
}

/** The structural statement id that links a member to its group (MEMBER_OF) or a variant to its gene (VARIANT_OF). */
export function structuralStatementId(predicate: 'MEMBER_OF' | 'VARIANT_OF', member: string, group: string): string {
  const kind = predicate === 'MEMBER_OF' ? 'member' : 'variant';
  return `RESISTKG:stmt-${kind}-${member}-${group}`.replace(/[^A-Za-z0-9:._-]/g, '_');
}

/** The VARIANT_OF statement row of a variant (structural: belief 1, no evidence), as db/seed.repo.ts writes it. */
export function variantOfStatement(variantId: string, geneId: string) {
  return {
    id: structuralStatementId('VARIANT_OF', variantId, geneId),
    subject: variantId,
    predicate: 'VARIANT_OF',
    object: geneId,
    sign: 1,
    props: { structural: true, factKeys: [], contextNote: 'variant of its gene', tier: 'GK' },
    edgeProps: { interactionType: null, mechanism: null, disease: null },
  };
}

/** The lookup keys a variant shares with every other gene's variant at the same residue (the bare change). */
export function sharedVariantKeys(hgvsp: string | null): Set<string> {
  const change = hgvsp ? parseProteinChange(hgvsp) : null;
  return new Set(change ? [nameKey(change.hgvsp)] : []);
}

/** The record addEntity writes for a valid VARIANT input, its gene resolved. */
export function curatedVariant(
  input: { id: string; name: string; hgvsp?: string | null; aliases?: string[] | null },
  gene: { id: string; symbol: string },
): EntityRecord {
  const change = input.hgvsp ? parseProteinChange(input.hgvsp) : null;
  return variantRecord({
    id: input.id.trim(),
    geneId: gene.id,
    symbol: gene.symbol,
    hgvsp: change?.hgvsp ?? null,
    name: input.name.trim(),
    alterationType: change?.alterationType ?? 'OTHER',
    // With a protein change the display name is gene + change; the name given still finds it.
    aliases: [...(change ? [input.name] : []), ...(input.aliases ?? [])].map((a) => a.trim()).filter(Boolean),
  });
}
