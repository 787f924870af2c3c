/**
 * Validation of curation input: identifiers by their registry's pattern, vocabularies, sign
 * consistent with predicate. Each check returns the first problem as { field, message } so the
 * API can answer BAD_USER_INPUT naming the field before anything is written.
 */
import { nameKey } from './names.js';
import {
  DIRECTION,
  EVIDENCE_LEVEL,
  EVIDENCE_TYPE,
  MECHANISM,
  MODEL_SYSTEM,
  PREDICATE,
  RESISTANCE_TYPE,
  SIGNIFICANCE,
  VARIANT_ORIGIN,
  signProblem,
  significanceProblem,
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
  CAID: /^CAID:CA\d{1,12}$/,
};

/** Which identifier patterns each kind of entity accepts. */
export const KIND_ID_PATTERNS: Record<string, (keyof typeof ID_PATTERNS)[]> = {
  GENE: ['HGNC', 'NCBIGene'],
  MIRNA: ['MIRBASE'],
  DRUG: ['CHEMBL', 'DRUGBANK', 'PROJECT'],
  PATHWAY: ['REACT', 'KEGG', 'WP'],
  PROCESS: ['GO', 'PROJECT'],
  DISEASE: ['MONDO', 'DOID'],
  VARIANT: ['CAID', 'PROJECT'],
};

/**
 * The longest value (in characters, before trimming) of every string input: the curation
 * mutations' fields and the lookup arguments that reach an index. One table, quoted by the GraphQL
 * descriptions (schema/curation.input.ts, resolvers/) and docs/curation.md; over it is
 * BAD_USER_INPUT naming the field, before anything reaches Neo4j (whose index entries are limited
 * to about 8 kB, so an over-long indexed value would otherwise fail inside the database). Names
 * are limited to a few hundred characters because they become lookup keys (`Synonym.key`, unique).
 */
export const MAX_LENGTH = {
  /** Any entity, statement or evidence id: statementId, statement subject/object/context.disease, addEntity id, lookups by id. */
  id: 200,
  /** source.pmid (also checked as 1 to 9 digits). */
  pmid: 20,
  /** source.doi (stored in the unique Publication id and the doi index). */
  doi: 300,
  /** The evidence sentence. */
  sentence: 4000,
  /** statement.context.cellType. */
  cellType: 200,
  /** statement.context.setting. */
  setting: 1000,
  /** statement.context.note. */
  note: 4000,
  /** submitEvidence idempotencyKey (8 or more). */
  idempotencyKey: 128,
  /** reviewEvidence comment. */
  comment: 4000,
  /** retractEvidence reason. */
  reason: 4000,
  /** addEntity name. */
  name: 300,
  /** addEntity symbol. */
  symbol: 32,
  /** Each addEntity alias (and at most this many aliases). */
  alias: 200,
  /** A lookup by name: gene(symbol), drug(name), mirna(name), disease(name), traversal arguments. */
  lookupName: 300,
  /** search(query) (1 or more). */
  searchQuery: 200,
} as const;

export type LengthLimited = keyof typeof MAX_LENGTH;

/** BAD_USER_INPUT for `field` when `value` is longer than its limit in MAX_LENGTH. */
export function lengthProblem(
  field: string,
  value: string | null | undefined,
  limit: LengthLimited,
): FieldProblem | null {
  const max = MAX_LENGTH[limit];
  if (value != null && value.length > max) return { field, message: `at most ${max} characters` };
  return null;
}

/**
 * lengthProblem for a name that becomes a lookup key: the key (domain/names.ts, after Unicode
 * normalisation, which can lengthen a text) must keep to the limit too.
 */
export function nameLengthProblem(
  field: string,
  value: string | null | undefined,
  limit: LengthLimited,
): FieldProblem | null {
  return lengthProblem(field, value, limit) ?? (value == null ? null : lengthProblem(field, nameKey(value), limit));
}

/** The text a GraphQL description quotes for a limit: "at most N characters". */
export const atMost = (limit: LengthLimited) => `at most ${MAX_LENGTH[limit]} characters`;

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
  VARIANT: 'RESISTKG:var-EGFR-p.Thr790Met',
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
  const long = lengthProblem(`${field}.pmid`, s.pmid, 'pmid') ?? lengthProblem(`${field}.doi`, s.doi, 'doi');
  if (long) return long;
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
  evidenceType?: string | null;
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
    const long = lengthProblem(f('sentence'), e.sentence, 'sentence');
    if (long) return long;
  }
  const term =
    termProblem(EVIDENCE_LEVEL, e.level, f('level'), complete) ??
    termProblem(MODEL_SYSTEM, e.modelSystem, f('modelSystem'), complete) ??
    termProblem(DIRECTION, e.direction, f('direction'), complete) ??
    termProblem(SIGNIFICANCE, e.significance, f('significance'), false) ??
    termProblem(EVIDENCE_TYPE, e.evidenceType, f('evidenceType'), false);
  if (term) return term;
  const pair = significanceProblem(e.evidenceType, e.significance);
  if (pair) return { field: f('significance'), message: pair };
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
  context?: {
    disease?: string | null;
    cellType?: string | null;
    setting?: string | null;
    note?: string | null;
    alterations?: string[] | null;
    resistanceType?: string | null;
    variantOrigin?: string | null;
  } | null;
}

/** The most variants a statement's context may require a tumour to carry. */
export const MAX_ALTERATIONS = 10;

/** The context's alterations, trimmed, or the problem with them (too many, too long, empty or repeated). */
export function alterationsProblem(ids: string[] | null | undefined, prefix = 'input.statement'): FieldProblem | null {
  const field = `${prefix}.context.alterations`;
  const list = ids ?? [];
  if (list.length > MAX_ALTERATIONS) return { field, message: `at most ${MAX_ALTERATIONS} variants` };
  const seen = new Set<string>();
  for (const [i, id] of list.entries()) {
    const long = lengthProblem(`${field}[${i}]`, id, 'id');
    if (long) return long;
    if (!id.trim()) return { field: `${field}[${i}]`, message: 'a variant id is required' };
    if (seen.has(id.trim())) return { field: `${field}[${i}]`, message: `${JSON.stringify(id)} is given twice` };
    seen.add(id.trim());
  }
  return null;
}

export function statementProblem(s: StatementFields, prefix = 'input.statement'): FieldProblem | null {
  const f = (name: string) => `${prefix}.${name}`;
  const long =
    lengthProblem(f('subject'), s.subject, 'id') ??
    lengthProblem(f('object'), s.object, 'id') ??
    lengthProblem(f('context.disease'), s.context?.disease, 'id') ??
    lengthProblem(f('context.cellType'), s.context?.cellType, 'cellType') ??
    lengthProblem(f('context.setting'), s.context?.setting, 'setting') ??
    lengthProblem(f('context.note'), s.context?.note, 'note');
  if (long) return long;
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
  return (
    termProblem(MECHANISM, s.mechanism, f('mechanism'), false) ??
    alterationsProblem(s.context?.alterations, prefix) ??
    termProblem(RESISTANCE_TYPE, s.context?.resistanceType, f('context.resistanceType'), false) ??
    termProblem(VARIANT_ORIGIN, s.context?.variantOrigin, f('context.variantOrigin'), false)
  );
}

export function idempotencyKeyProblem(key: string | null | undefined): FieldProblem | null {
  if (key == null) return null;
  const max = MAX_LENGTH.idempotencyKey;
  if (key.length > max || !/^[A-Za-z0-9._:-]{8,}$/.test(key))
    return { field: 'input.idempotencyKey', message: `8 to ${max} characters of letters, digits, . _ : -` };
  return null;
}

/** The largest maxHops any traversal accepts. */
export const MAX_HOPS = 6;

export function hopsProblem(maxHops: number, field = 'maxHops'): FieldProblem | null {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS)
    return { field, message: `must be a whole number from 1 to ${MAX_HOPS}` };
  return null;
}

/** A required free text (a name, a comment, a reason): 3 characters or more once trimmed, at most its limit. */
export function textProblem(
  field: string,
  text: string | null | undefined,
  what: string,
  limit: LengthLimited,
): FieldProblem | null {
  const long = lengthProblem(field, text, limit);
  if (long) return long;
  if ((text?.trim() ?? '').length < 3) return { field, message: `${what} is required` };
  return null;
}

export function versionProblem(v: number, field = 'expectedVersion'): FieldProblem | null {
  if (!Number.isInteger(v) || v < 1) return { field, message: 'must be the version you read (1 or more)' };
  return null;
}
