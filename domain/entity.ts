/**
 * What an entity is stored as: its properties and the names it is found by. One builder for the
 * importers, the scale generator and curation's addEntity, so an entity is findable the same way
 * whoever created it.
 */
import { searchNames, type SearchName } from './names.js';
import {
  KIND_ID_PATTERNS,
  MAX_LENGTH,
  entityIdProblem,
  lengthProblem,
  nameLengthProblem,
  textProblem,
  type FieldProblem,
} from './validation.js';
import { parseProteinChange } from './protein-change.js';
import type { AgentType, ApprovalStatus } from './vocabulary.js';

export interface EntityRecord {
  id: string;
  kind: string;
  props: Record<string, unknown>;
  names: SearchName[];
}

export interface EntityParts {
  kind: string;
  id: string;
  /** The display name. */
  name: string;
  /** The primary names after the id, in order (default: the name alone; a gene adds its symbol). */
  primary?: readonly (string | null | undefined)[];
  aliases: string[];
  /** More properties, stored as given. */
  extra?: Record<string, unknown>;
  /** Names found by lookup that are not listed as aliases: more primary names, and more aliases (e.g. cross-reference ids). */
  lookup?: { primary?: readonly (string | null | undefined)[]; aliases?: readonly (string | null | undefined)[] };
}

/**
 * An entity's record: `name`, `aliases`, `searchText` (id, primary names and aliases, for the
 * full-text index) and `extra`; its names are the id and primary names (rank 0) and the aliases
 * (rank 1), each distinct lookup key once.
 */
export function entityRecord(e: EntityParts): EntityRecord {
  const primary = [e.id, ...(e.primary ?? [e.name])].filter((t): t is string => !!t);
  const texts = [...primary, ...e.aliases.filter(Boolean)];
  return {
    id: e.id,
    kind: e.kind,
    props: { name: e.name, aliases: e.aliases, searchText: texts.join(' | '), ...e.extra },
    names: searchNames([...primary, ...(e.lookup?.primary ?? [])], [...e.aliases, ...(e.lookup?.aliases ?? [])]),
  };
}

/** What addEntity is given. */
export interface EntityInputFields {
  kind: string;
  id: string;
  name: string;
  symbol?: string | null;
  aliases?: string[] | null;
  /** VARIANT only: the gene (id or any name), required. */
  gene?: string | null;
  /** VARIANT only: the protein change in any notation (T790M, p.Thr790Met); absent for a class of alterations. */
  hgvsp?: string | null;
}

/** The kinds curators may add: those with registry id patterns. */
const CURATABLE_KINDS = Object.keys(KIND_ID_PATTERNS);
const GENE_SYMBOL = /^[A-Za-z0-9][A-Za-z0-9-]{0,30}$/;
const MAX_ALIASES = MAX_LENGTH.alias;

const trimmedAliases = (input: EntityInputFields) => (input.aliases ?? []).map((a) => a.trim()).filter(Boolean);

/** The first problem with an addEntity input (naming its field under `input.`), or null. */
export function entityInputProblem(input: EntityInputFields): FieldProblem | null {
  if (!CURATABLE_KINDS.includes(input.kind))
    return { field: 'input.kind', message: `must be one of ${CURATABLE_KINDS.join(', ')}` };
  const problem =
    lengthProblem('input.id', input.id, 'id') ??
    entityIdProblem(input.kind, input.id.trim(), 'input.id') ??
    nameLengthProblem('input.name', input.name, 'name') ??
    textProblem('input.name', input.name, 'a name', 'name') ??
    nameLengthProblem('input.symbol', input.symbol, 'symbol');
  if (problem) return problem;
  if (input.kind === 'GENE' && !GENE_SYMBOL.test(input.symbol?.trim() ?? ''))
    return { field: 'input.symbol', message: 'genes need their HGNC symbol' };
  if (input.kind === 'VARIANT') {
    if (!input.gene?.trim()) return { field: 'input.gene', message: 'variants need their gene' };
    const gene = nameLengthProblem('input.gene', input.gene, 'lookupName');
    if (gene) return gene;
    if (input.hgvsp != null && !parseProteinChange(input.hgvsp)?.hgvsp)
      return { field: 'input.hgvsp', message: 'must be a protein change such as p.Thr790Met, p.T790M or T790M' };
  } else if (input.gene != null || input.hgvsp != null)
    return { field: input.gene != null ? 'input.gene' : 'input.hgvsp', message: 'applies to variants only' };
  const aliases = input.aliases ?? [];
  if (aliases.length > MAX_ALIASES || aliases.some((a) => nameLengthProblem('input.aliases', a, 'alias')))
    return {
      field: 'input.aliases',
      message: `at most ${MAX_ALIASES} aliases of at most ${MAX_LENGTH.alias} characters`,
    };
  return null;
}

/** The record addEntity writes for a valid input: trimmed, with each kind's default properties. */
export function curatedEntity(input: EntityInputFields): EntityRecord {
  const id = input.id.trim();
  const name = input.name.trim();
  const symbol = input.symbol?.trim() || null;
  const aliases = trimmedAliases(input);
  const extra: Record<string, unknown> = {};
  if (symbol) extra.symbol = symbol;
  if (input.kind === 'GENE' && id.startsWith('HGNC:')) extra.hgncId = id;
  if (input.kind === 'DRUG')
    Object.assign(extra, {
      synonyms: aliases,
      agentType: 'UNSPECIFIED' satisfies AgentType,
      approvalStatus: 'EXPERIMENTAL' satisfies ApprovalStatus,
    });
  if (input.kind === 'DISEASE') extra.xrefs = [];
  return entityRecord({ kind: input.kind, id, name, primary: [symbol, name], aliases, extra });
}
