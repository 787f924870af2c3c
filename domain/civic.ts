/**
 * CIViC's clinical evidence export (ClinicalEvidenceSummaries.tsv) in the project's terms: which
 * predicate a row's evidence type and significance become (or why the row is skipped), its
 * direction, level, model system and variant origin, and the variants of a molecular profile.
 * Pure; seed/importers/civic.ts reads the file and writes the graph. The table is docs/importing.md.
 */
import { parseProteinChange, type ProteinChange } from './protein-change.js';
import {
  EVIDENCE_TYPE,
  SIGNIFICANCE,
  significanceProblem,
  type AlterationType,
  type EvidenceLevel,
  type ModelSystem,
  type Predicate,
  type Significance,
} from './vocabulary.js';

export interface CivicClaim {
  predicate: Predicate;
  /** Sign of the statement (CONFERS_RESISTANCE_TO and SENSITIZES_TO are always +1). */
  sign: 1 | -1;
  significance: Significance;
  /** The statement's object: the therapy (or combination) or the disease. */
  object: 'THERAPY' | 'DISEASE';
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
/** CIViC's words ("Sensitivity/Response", "N/A") and its API's enum names (SENSITIVITYRESPONSE, NA), squashed. */
const BY_CIVIC = new Map<string, Significance>(
  SIGNIFICANCE.values.flatMap((v) => {
    const word = SIGNIFICANCE.terms[v].civic;
    return word ? [[squash(word), v] as const, [squash(v), v] as const] : [];
  }),
);

/**
 * A row's significance in the closed vocabulary: null when the cell is empty, a problem when CIViC
 * documents no such value or the value belongs to another evidence type.
 */
export function civicSignificance(evidenceType: string, text: string): Significance | null | { problem: string } {
  if (!text.trim()) return null;
  const sig = BY_CIVIC.get(squash(text));
  if (!sig) return { problem: `significance ${JSON.stringify(text)} is not one of CIViC's values` };
  const type = evidenceType.trim().toUpperCase();
  const mismatch = EVIDENCE_TYPE.has(type) ? significanceProblem(type, sig) : null;
  return mismatch ? { problem: mismatch } : sig;
}

const PREDICTIVE: Partial<Record<Significance, Pick<CivicClaim, 'predicate' | 'sign'>>> = {
  RESISTANCE: { predicate: 'CONFERS_RESISTANCE_TO', sign: 1 },
  REDUCED_SENSITIVITY: { predicate: 'CONFERS_RESISTANCE_TO', sign: 1 },
  SENSITIVITY_RESPONSE: { predicate: 'SENSITIZES_TO', sign: 1 },
};
const ABOUT_DISEASE: Partial<Record<Significance, Pick<CivicClaim, 'predicate' | 'sign'>>> = {
  POOR_OUTCOME: { predicate: 'ASSOCIATED_WITH', sign: 1 },
  BETTER_OUTCOME: { predicate: 'ASSOCIATED_WITH', sign: -1 },
  POSITIVE: { predicate: 'BIOMARKER_OF', sign: 1 },
  NEGATIVE: { predicate: 'BIOMARKER_OF', sign: -1 },
};

/**
 * Evidence type and significance (already checked by civicSignificance) → claim, or the reason the
 * row is skipped.
 */
export function civicClaim(evidenceType: string, significance: Significance | null): CivicClaim | { skip: string } {
  const type = evidenceType.trim().toUpperCase();
  if (['PREDISPOSING', 'ONCOGENIC', 'FUNCTIONAL'].includes(type))
    return { skip: `${type.toLowerCase()} evidence has no predicate in the vocabulary (not about drugs or a disease)` };
  if (!EVIDENCE_TYPE.has(type)) return { skip: `unknown evidence type ${JSON.stringify(evidenceType)}` };
  const word = type.toLowerCase();
  if (!significance) return { skip: `${word} evidence without a significance` };
  const civic = SIGNIFICANCE.terms[significance].civic;
  if (type === 'PREDICTIVE') {
    const claim = PREDICTIVE[significance];
    if (claim) return { ...claim, significance, object: 'THERAPY' };
    if (significance === 'ADVERSE_RESPONSE')
      return { skip: 'predictive significance "Adverse Response" (toxicity) has no predicate in the vocabulary' };
  } else {
    const claim = ABOUT_DISEASE[significance];
    if (claim) return { ...claim, significance, object: 'DISEASE' };
  }
  return { skip: `${word} significance ${JSON.stringify(civic)} has no predicate in the vocabulary` };
}

/** Supports → SUPPORTS, Does Not Support → REFUTES, anything else null. */
export function civicDirection(text: string): 'SUPPORTS' | 'REFUTES' | null {
  const t = text.trim().toLowerCase();
  if (t === 'supports') return 'SUPPORTS';
  if (t === 'does not support') return 'REFUTES';
  return null;
}

export function civicLevel(text: string): EvidenceLevel | null {
  const t = text.trim().toUpperCase();
  return /^[A-E]$/.test(t) ? (t as EvidenceLevel) : null;
}

/**
 * CIViC names no model system; the level implies one: A–C rest on patients (a trial when the row
 * names one), D is preclinical (taken as cell lines), E inferential (computational).
 */
export function civicModelSystem(level: EvidenceLevel, hasTrial: boolean): ModelSystem {
  if (level === 'D') return 'CELL_LINE';
  if (level === 'E') return 'COMPUTATIONAL';
  return hasTrial ? 'CLINICAL_TRIAL' : 'PATIENT_COHORT';
}

export function civicVariantOrigin(text: string): 'SOMATIC' | 'GERMLINE' | null {
  const t = text.trim().toLowerCase();
  if (t.startsWith('somatic')) return 'SOMATIC';
  if (t.startsWith('germline') || t.startsWith('rare germline') || t.startsWith('common germline')) return 'GERMLINE';
  return null;
}

export interface CivicVariant {
  symbol: string;
  /** The variant as CIViC names it, without its gene (T790M, Amplification, Exon 19 Deletion). */
  name: string;
  change: ProteinChange | null;
  alterationType: AlterationType;
}

const SYMBOL = /^[A-Z0-9][A-Za-z0-9-]{0,30}$/;

function alterationOf(name: string): AlterationType {
  const n = name.toLowerCase();
  if (/amplification/.test(n)) return 'AMPLIFICATION';
  if (/fusion|::/.test(n)) return 'FUSION';
  if (/exon \d+ (deletion|insertion)|\bdel\b|\bins\b|delins/.test(n)) return 'IN_FRAME_INDEL';
  if (/\bdeletion\b|\bloss\b/.test(n)) return 'DELETION';
  if (/expression|overexpression/.test(n)) return 'EXPRESSION';
  if (/frameshift|fs$/.test(n)) return 'FRAMESHIFT';
  return 'OTHER';
}

/**
 * The variants of a molecular profile: one variant ("EGFR T790M") or several joined by AND ("EGFR
 * T790M AND EGFR C797S"). OR and NOT profiles are not a list of required alterations: the reason
 * is returned instead.
 */
export function civicProfile(profile: string): CivicVariant[] | { problem: string } {
  const text = profile.trim();
  if (!text) return { problem: 'molecular_profile is empty' };
  if (/\s(OR|NOT)\s|^NOT\s/.test(text))
    return { problem: `molecular profile ${JSON.stringify(text)} uses OR or NOT (only AND is a set of alterations)` };
  const out: CivicVariant[] = [];
  for (const part of text.split(/\s+AND\s+/)) {
    const [symbol, ...rest] = part.trim().split(/\s+/);
    const name = rest.join(' ');
    if (!symbol || !SYMBOL.test(symbol) || !name)
      return { problem: `${JSON.stringify(part)} is not a gene symbol followed by a variant` };
    const change = parseProteinChange(name);
    out.push({ symbol, name, change, alterationType: change?.alterationType ?? alterationOf(name) });
  }
  return out;
}
