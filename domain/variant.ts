/**
 * Variant names (design §4a): parsing the ways people write a protein change (`T790M`, `p.T790M`,
 * `p.Thr790Met`, `EGFR T790M`, `EGFR p.T790M`, `EGFR:p.(Thr790Met)`) into a gene symbol and the
 * canonical HGVS protein change with three-letter codes (`p.Thr790Met`), and the record a variant
 * is stored as: its id, display name and every name it is found by. Pure; the MERGE that writes it
 * is db/variant.repo.ts. A MAF's HGVSp_Short column (`p.T790M`) parses as it is.
 */
import { entityRecord, type EntityRecord } from './entity.js';
import type { AlterationType } from './vocabulary.js';

const THREE: Record<string, string> = {
  A: 'Ala',
  R: 'Arg',
  N: 'Asn',
  D: 'Asp',
  C: 'Cys',
  Q: 'Gln',
  E: 'Glu',
  G: 'Gly',
  H: 'His',
  I: 'Ile',
  L: 'Leu',
  K: 'Lys',
  M: 'Met',
  F: 'Phe',
  P: 'Pro',
  S: 'Ser',
  T: 'Thr',
  W: 'Trp',
  Y: 'Tyr',
  V: 'Val',
  U: 'Sec',
  '*': 'Ter',
};
const ONE: Record<string, string> = Object.fromEntries(Object.entries(THREE).map(([k, v]) => [v.toLowerCase(), k]));
ONE.x = '*'; // MAFs write a stop as X
ONE.stop = '*';

export interface ProteinChange {
  /** The gene symbol as written, or null when the name gave none (`T790M` alone is ambiguous). */
  gene: string | null;
  /** Canonical HGVS protein change with three-letter codes: p.Thr790Met, p.Arg213Ter, p.Leu747fs. */
  hgvsp: string;
  /** The one-letter short form: p.T790M, p.R213*, p.L747fs. */
  short: string;
  position: number;
  alterationType: AlterationType;
}

/** One residue code (one letter, three letters, X, Ter, *) as its one-letter code, or null. */
function residue(code: string): string | null {
  if (code.length === 1) {
    const c = code.toUpperCase();
    if (c === 'X') return '*';
    return THREE[c] ? c : null;
  }
  return ONE[code.toLowerCase()] ?? null;
}

const RESIDUE = '([A-Za-z][a-z]{2}|[A-Za-z*])';
const CHANGE = new RegExp(`^(?:p\\.)?\\(?${RESIDUE}(\\d{1,5})(${RESIDUE}|fs(?:\\*?\\d*|Ter\\d*)?)\\)?$`);
const GENE = /^[A-Za-z0-9][A-Za-z0-9-]{0,30}$/;

/**
 * A protein change from how people write it, or null when the text is not one: an optional gene
 * symbol (separated by a space or a colon), an optional `p.` and optional parentheses, the
 * reference residue, the position and the new residue (one- or three-letter codes, `*`, `X` or
 * `Ter` for a stop) or `fs` for a frameshift. Synonymous changes (`p.Thr790Thr`) are not alterations
 * of the protein and are refused.
 */
export function parseProteinChange(text: string): ProteinChange | null {
  const trimmed = text.trim();
  const parts = trimmed.split(/[\s:]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 2) return null;
  const gene = parts.length === 2 ? parts[0]! : null;
  if (gene !== null && !GENE.test(gene)) return null;
  const m = CHANGE.exec(parts[parts.length - 1]!);
  if (!m) return null;
  const ref = residue(m[1]!);
  const position = Number(m[2]);
  const tail = m[3]!;
  if (!ref || ref === '*' || position < 1) return null;
  if (tail.toLowerCase().startsWith('fs') && !m[4]) {
    return {
      gene,
      hgvsp: `p.${THREE[ref]}${position}fs`,
      short: `p.${ref}${position}fs`,
      position,
      alterationType: 'FRAMESHIFT',
    };
  }
  const alt = residue(m[4] ?? tail);
  if (!alt || alt === ref) return null;
  return {
    gene,
    hgvsp: `p.${THREE[ref]}${position}${THREE[alt]}`,
    short: `p.${ref}${position}${alt}`,
    position,
    alterationType: alt === '*' ? 'NONSENSE' : 'MISSENSE',
  };
}

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
 * What a variant is stored as. Primary names: the id, `EGFR p.Thr790Met`, `EGFR p.T790M` (and so
 * `EGFR T790M`, since lookup keys ignore dots and spaces); aliases: the change without its gene
 * (`p.Thr790Met`, `T790M`), shared by every gene's variant at that residue, so a bare change finds
 * all of them.
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
