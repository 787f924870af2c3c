/**
 * Validation of curation input: identifiers by their registry's pattern, vocabularies, sign
 * consistent with predicate. Each check returns the first problem as { field, message } so the
 * API can answer BAD_USER_INPUT naming the field before anything is written.
 */
import {
  DIRECTION,
  EVIDENCE_LEVEL,
  MECHANISM,
  MODEL_SYSTEM,
  PREDICATE,
  SIGNIFICANCE,
  signProblem,
  type Vocabulary,
} from './vocabulary.js';

export interface FieldProblem {
  field: string;
  message: string;
}

/** Registry patterns (identifiers.org / bioregistry conventions). */
export const ID_PATTERNS: Record<string, RegExp> = {
  PMID: /^[1-9]\d{0,8}$/,
  DOI: /^10\.\d{4,9}\/[-._;()/:A-Za-z0-9<>[\]]+$/,
  HGNC: /^HGNC:\d{1,6}$/,
  NCBIGene: /^NCBIGene:\d{1,9}$/,
  MIRBASE: /^MIRBASE:MIMAT\d{7}$/,
  CHEMBL: /^CHEMBL\.COMPOUND:CHEMBL\d{1,9}$/,
  DRUGBANK: /^DRUGBANK:DB\d{5}$/,
  REACT: /^REACT:R-HSA-\d{1,9}$/,
  KEGG: /^KEGG\.PATHWAY:hsa\d{5}$/,
  WP: /^WP:WP\d{1,6}$/,
  GO: /^GO:\d{7}$/,
  MONDO: /^MONDO:\d{7}$/,
  DOID: /^DOID:\d{1,7}$/,
  CELLOSAURUS: /^CELLOSAURUS:CVCL_[A-Z0-9]{4}$/,
  PROJECT: /^RESISTKG:[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/,
};

/** Which identifier patterns each kind of entity accepts. */
export const KIND_ID_PATTERNS: Record<string, (keyof typeof ID_PATTERNS)[]> = {
  GENE: ['HGNC', 'NCBIGene'],
  MIRNA: ['MIRBASE'],
  DRUG: ['CHEMBL', 'DRUGBANK', 'PROJECT'],
  PATHWAY: ['REACT', 'KEGG', 'WP'],
  PROCESS: ['GO', 'PROJECT'],
  DISEASE: ['MONDO', 'DOID'],
};

const MAX_TEXT = 4000;

/** The problem with a value that must belong to a vocabulary (`required`: null is a problem too). */
function termProblem(vocabulary: Vocabulary, value: unknown, field: string, required: boolean): FieldProblem | null {
  if (value == null && !required) return null;
  if (vocabulary.has(value)) return null;
  const values = vocabulary.values;
  const list = values.length === 2 ? values.join(' or ') : `one of ${values.join(', ')}`;
  return { field, message: `must be ${list}` };
}

export function entityIdProblem(kind: string, id: string, field = 'id'): FieldProblem | null {
  const allowed = KIND_ID_PATTERNS[kind];
  if (!allowed) return { field: 'kind', message: `must be one of ${Object.keys(KIND_ID_PATTERNS).join(', ')}` };
  if (!allowed.some((p) => ID_PATTERNS[p]!.test(id))) {
    return {
      field,
      message: `${JSON.stringify(id)} is not a valid ${kind.toLowerCase()} id (expected ${allowed.join(' or ')} form, e.g. ${EXAMPLES[kind]})`,
    };
  }
  return null;
}

const EXAMPLES: Record<string, string> = {
  GENE: 'HGNC:1527',
  MIRNA: 'MIRBASE:MIMAT0000252',
  DRUG: 'CHEMBL.COMPOUND:CHEMBL1336',
  PATHWAY: 'REACT:R-HSA-165159',
  PROCESS: 'GO:0006915',
  DISEASE: 'MONDO:0007256',
};

export interface SourceInput {
  pmid?: string | null;
  doi?: string | null;
}

/** The publication id a source names: PMID:… or DOI:… */
export function sourceId(s: SourceInput): string {
  return s.pmid ? `PMID:${s.pmid.trim()}` : `DOI:${s.doi!.trim()}`;
}

export function sourceProblem(s: SourceInput | null | undefined, field = 'source'): FieldProblem | null {
  if (!s || (!s.pmid && !s.doi)) return { field, message: 'give a pmid or a doi' };
  if (s.pmid && s.doi) return { field, message: 'give a pmid or a doi, not both' };
  if (s.pmid && !ID_PATTERNS.PMID!.test(s.pmid.trim()))
    return { field: `${field}.pmid`, message: `${JSON.stringify(s.pmid)} is not a PubMed id (digits, e.g. 40715090)` };
  if (s.doi && !ID_PATTERNS.DOI!.test(s.doi.trim()))
    return {
      field: `${field}.doi`,
      message: `${JSON.stringify(s.doi)} is not a DOI (e.g. 10.1038/s41419-025-07887-4)`,
    };
  return null;
}

export interface EvidenceFields {
  sentence?: string | null;
  level?: string | null;
  modelSystem?: string | null;
  direction?: string | null;
  significance?: string | null;
  rating?: number | null;
}

/** Checks the evidence fields that are present (all required ones when `complete`). */
export function evidenceProblem(e: EvidenceFields, complete: boolean, prefix = 'input'): FieldProblem | null {
  const f = (name: string) => `${prefix}.${name}`;
  if (complete || e.sentence != null) {
    if (!e.sentence || e.sentence.trim().length < 10)
      return {
        field: f('sentence'),
        message: 'quote the sentence or figure the evidence rests on (10 characters or more)',
      };
    if (e.sentence.length > MAX_TEXT) return { field: f('sentence'), message: `at most ${MAX_TEXT} characters` };
  }
  const term =
    termProblem(EVIDENCE_LEVEL, e.level, f('level'), complete) ??
    termProblem(MODEL_SYSTEM, e.modelSystem, f('modelSystem'), complete) ??
    termProblem(DIRECTION, e.direction, f('direction'), complete) ??
    termProblem(SIGNIFICANCE, e.significance, f('significance'), false);
  if (term) return term;
  if ((complete || e.rating != null) && !(Number.isInteger(e.rating) && e.rating! >= 1 && e.rating! <= 5))
    return { field: f('rating'), message: 'must be a whole number from 1 to 5' };
  return null;
}

export interface StatementFields {
  subject: string;
  predicate: string;
  object: string;
  sign: number;
  interactionType?: string | null;
  mechanism?: string | null;
  context?: { disease?: string | null; cellType?: string | null; setting?: string | null; note?: string | null } | null;
}

export function statementProblem(s: StatementFields, prefix = 'input.statement'): FieldProblem | null {
  const f = (name: string) => `${prefix}.${name}`;
  if (!s.subject?.trim()) return { field: f('subject'), message: 'required' };
  if (!s.object?.trim()) return { field: f('object'), message: 'required' };
  if (s.subject.trim() === s.object.trim()) return { field: f('object'), message: 'must differ from the subject' };
  if (!PREDICATE.has(s.predicate)) return { field: f('predicate'), message: 'not in the predicate vocabulary' };
  const sign = signProblem(s.predicate, s.sign, s.interactionType);
  if (sign)
    return {
      field: /needs an interactionType|unknown interactionType|applies only/.test(sign)
        ? f('interactionType')
        : f('sign'),
      message: sign,
    };
  const mechanism = termProblem(MECHANISM, s.mechanism, f('mechanism'), false);
  if (mechanism) return mechanism;
  for (const key of ['cellType', 'setting', 'note'] as const) {
    const v = s.context?.[key];
    if (v != null && v.length > MAX_TEXT)
      return { field: f(`context.${key}`), message: `at most ${MAX_TEXT} characters` };
  }
  return null;
}

export function idempotencyKeyProblem(key: string | null | undefined): FieldProblem | null {
  if (key == null) return null;
  if (!/^[A-Za-z0-9._:-]{8,128}$/.test(key))
    return { field: 'input.idempotencyKey', message: '8 to 128 characters of letters, digits, . _ : -' };
  return null;
}

/** The largest maxHops any traversal accepts. */
export const MAX_HOPS = 6;

export function hopsProblem(maxHops: number, field = 'maxHops'): FieldProblem | null {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS)
    return { field, message: `must be a whole number from 1 to ${MAX_HOPS}` };
  return null;
}

/** A required free text (a name, a comment, a reason): 3 to 4000 characters once trimmed. */
export function textProblem(field: string, text: string | null | undefined, what: string): FieldProblem | null {
  const t = text?.trim() ?? '';
  if (t.length < 3) return { field, message: `${what} is required` };
  if (t.length > MAX_TEXT) return { field, message: `at most ${MAX_TEXT} characters` };
  return null;
}

export function versionProblem(v: number, field = 'expectedVersion'): FieldProblem | null {
  if (!Number.isInteger(v) || v < 1) return { field, message: 'must be the version you read (1 or more)' };
  return null;
}
