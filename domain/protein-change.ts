/**
 * Protein changes as people write them (`T790M`, `p.T790M`, `p.Thr790Met`, `EGFR T790M`,
 * `EGFR p.T790M`, `EGFR:p.(Thr790Met)`, a MAF's HGVSp_Short), parsed into a gene symbol and the
 * canonical HGVS protein change with three-letter codes (`p.Thr790Met`). Pure; domain/variant.ts
 * builds the stored variant from it.
 */
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
