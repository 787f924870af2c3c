/**
 * The KGX (Biolink Model knowledge graph exchange) form of the graph, both ways. One KGX node per
 * entity or publication; one KGX edge per accepted evidence record (its statement's subject,
 * predicate and object, with the statement's properties repeated), or one per statement that has
 * no evidence at all (structural membership). Statement properties travel as `statement_<name>`,
 * evidence properties as `evidence_<name>` (snake case), so an export imports without loss
 * (docs/import-export.md has the table).
 */
import { sourceOf, SOURCES } from './sources.js';
import { NODE_KIND, PREDICATE, isPredicate, type NodeKind } from './vocabulary.js';

export type KgxRecord = Record<string, unknown>;

/**
 * Prefixes the graph spells differently from the Biolink Model's prefix map: exported in Biolink's
 * spelling (ids, ends, publications, components), read back in the graph's.
 */
const BIOLINK_SPELLING: Record<string, string> = { MIRBASE: 'mirbase', DOI: 'doi' };
const GRAPH_SPELLING = Object.fromEntries(Object.entries(BIOLINK_SPELLING).map(([a, b]) => [b, a]));

/**
 * Prefixes the graph uses that the Biolink Model's prefix map lacks, with their namespaces: the
 * export's `curie_map` (graph-metadata.json), as a KGX prefix map declares them.
 */
export const OWN_PREFIXES: Record<string, string> = {
  RESISTKG: 'urn:resistkg:',
  CELLOSAURUS: 'https://www.cellosaurus.org/',
};

function respell(curie: unknown, table: Record<string, string>): unknown {
  if (typeof curie !== 'string') return curie;
  const at = curie.indexOf(':');
  const to = at > 0 ? table[curie.slice(0, at)] : undefined;
  if (!to) return curie;
  // KGX takes a CURIE's local part to have no "/": a DOI's is escaped (10.1038%2Fs41586...).
  const local = curie.slice(at + 1);
  return `${to}:${to === 'doi' ? local.replaceAll('/', '%2F') : to === 'DOI' ? local.replaceAll('%2F', '/') : local}`;
}
/** A CURIE as the Biolink prefix map spells it (MIRBASE:… → mirbase:…). */
const toBiolink = (c: unknown) => respell(c, BIOLINK_SPELLING);
/** A CURIE as the graph spells it (mirbase:… → MIRBASE:…). */
export const toGraph = (c: unknown) => respell(c, GRAPH_SPELLING);
const each = (v: unknown, f: (c: unknown) => unknown) => (Array.isArray(v) ? v.map(f) : v);

/** Entity properties that are derived on load, not exported. */
const NODE_DERIVED = new Set(['id', 'kind', 'name', 'aliases', 'searchText', 'imported']);
/** Statement properties that are derived (belief is exported as `belief`, recomputed on load). */
const STATEMENT_DERIVED = new Set([
  'id',
  'predicate',
  'sign',
  'belief',
  'subjectId',
  'objectId',
  'createdAt',
  'updatedAt',
  'version',
  'evidenceCount',
  'acceptedCount',
  'inTraversalGraph',
]);
const EVIDENCE_DERIVED = new Set(['id', 'statementId', 'sourceId', 'sentence', 'createdAt', 'updatedAt', 'version']);

export const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const camel = (k: string) => k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

const present = (v: unknown) => v !== null && v !== undefined;
const sortedEntries = (o: Record<string, unknown>) =>
  Object.entries(o)
    .filter(([, v]) => present(v))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

const KIND_BY_CATEGORY = new Map<string, NodeKind>(NODE_KIND.values.map((k) => [NODE_KIND.terms[k].biolink, k]));

/** Cross-references a node is known by, as CURIEs (Biolink `xref`). */
function xrefsOf(p: Record<string, unknown>): string[] {
  const out = [
    p.hgncId,
    p.entrezId && `NCBIGene:${String(p.entrezId)}`,
    p.ensemblId && `ENSEMBL:${String(p.ensemblId)}`,
    p.uniprotId && `UniProtKB:${String(p.uniprotId)}`,
    p.chemblId && `CHEMBL.COMPOUND:${String(p.chemblId).replace(/^CHEMBL\.COMPOUND:/, '')}`,
    p.drugbankId && `DRUGBANK:${String(p.drugbankId).replace(/^DRUGBANK:/, '')}`,
    ...(Array.isArray(p.xrefs) ? p.xrefs : []),
  ];
  return [...new Set(out.filter((x): x is string => typeof x === 'string' && /^[A-Za-z][\w.]*:\S/.test(x)))];
}

/** A KGX node for an entity or publication (its stored properties, plain values). */
export function toKgxNode(p: Record<string, unknown>): KgxRecord {
  const kind = p.kind as NodeKind;
  const node: KgxRecord = {
    id: toBiolink(p.id),
    category: [NODE_KIND.terms[kind].biolink],
    name: p.name ?? p.title ?? p.id,
    provided_by: [sourceOf(p.source).infores],
  };
  if (Array.isArray(p.aliases) && p.aliases.length) node.synonym = p.aliases;
  const xref = xrefsOf(p)
    .filter((x) => x !== p.id)
    .map(toBiolink);
  if (xref.length) node.xref = xref;
  for (const [k, v] of sortedEntries(p))
    if (!NODE_DERIVED.has(k)) node[`resistkg_${snake(k)}`] = k === 'components' ? each(v, toBiolink) : v;
  return node;
}

/** What a KGX node loads as: kind, id, display name, aliases and the other stored properties. */
export function fromKgxNode(
  node: KgxRecord,
): { kind: NodeKind; id: string; name: string; aliases: string[]; props: Record<string, unknown> } | string {
  const id = toGraph(node.id);
  if (typeof id !== 'string' || !/^[A-Za-z][\w.-]*:\S+$/.test(id)) return 'id must be a CURIE';
  const categories = Array.isArray(node.category) ? node.category : [node.category];
  const kind = categories.map((c) => KIND_BY_CATEGORY.get(String(c))).find(Boolean);
  if (!kind) return `category ${JSON.stringify(node.category)} is none of ${[...KIND_BY_CATEGORY.keys()].join(', ')}`;
  if (typeof node.name !== 'string' || !node.name.trim()) return 'name is empty';
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node))
    if (k.startsWith('resistkg_')) props[camel(k.slice(9))] = k === 'resistkg_components' ? each(v, toGraph) : v;
  const aliases = Array.isArray(node.synonym) ? node.synonym.map(String) : [];
  return { kind, id, name: node.name, aliases, props };
}

export interface KgxEdgeInput {
  statement: Record<string, unknown>;
  /** One accepted evidence record (null: a statement without evidence). */
  evidence: Record<string, unknown> | null;
}

/** A KGX edge: one statement with one of its evidence records, and the provenance Biolink asks for. */
export function toKgxEdge({ statement: s, evidence: e }: KgxEdgeInput): KgxRecord {
  const predicate = s.predicate as string;
  const source = sourceOf(e?.curator ?? s.source);
  const edge: KgxRecord = {
    id: e?.id ?? s.id,
    subject: toBiolink(s.subjectId),
    predicate: isPredicate(predicate) ? PREDICATE.terms[predicate].biolink : predicate,
    object: toBiolink(s.objectId),
    category: ['biolink:Association'],
    knowledge_level: 'knowledge_assertion',
    agent_type: source === SOURCES.resistkg ? 'manual_agent' : 'automated_agent',
    primary_knowledge_source: source.infores,
  };
  if (source !== SOURCES.resistkg) edge.aggregator_knowledge_source = [SOURCES.resistkg.infores];
  edge.publications = e?.sourceId ? [toBiolink(e.sourceId)] : [];
  if (e && present(e.sentence)) edge.supporting_text = [e.sentence];
  edge.statement_id = s.id;
  edge.statement_predicate = predicate;
  edge.sign = s.sign;
  edge.belief = s.belief;
  for (const [k, v] of sortedEntries(s)) if (!STATEMENT_DERIVED.has(k)) edge[`statement_${snake(k)}`] = v;
  if (e) for (const [k, v] of sortedEntries(e)) if (!EVIDENCE_DERIVED.has(k)) edge[`evidence_${snake(k)}`] = v;
  return edge;
}

export interface LoadedStatement {
  id: string;
  subject: string;
  predicate: string;
  object: string;
  sign: number;
  props: Record<string, unknown>;
}
export interface LoadedEvidence {
  id: string;
  statementId: string;
  source: string;
  direction: 'SUPPORTS' | 'REFUTES';
  props: Record<string, unknown>;
}

/** What a KGX edge loads as (its statement, and its evidence when it has one), or the problem with it. */
export function fromKgxEdge(edge: KgxRecord): { statement: LoadedStatement; evidence: LoadedEvidence | null } | string {
  for (const k of ['id', 'subject', 'object', 'statement_id', 'statement_predicate'])
    if (typeof edge[k] !== 'string' || !edge[k]) return `${k} is missing`;
  const predicate = edge.statement_predicate as string;
  if (!isPredicate(predicate)) return `statement_predicate ${predicate} is not one of ${PREDICATE.values.join(', ')}`;
  if (edge.predicate !== PREDICATE.terms[predicate].biolink)
    return `predicate ${String(edge.predicate)} does not match ${predicate} (${PREDICATE.terms[predicate].biolink})`;
  if (typeof edge.sign !== 'number') return 'sign must be a number';
  const sProps: Record<string, unknown> = {};
  const eProps: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(edge)) {
    if (k.startsWith('statement_') && k !== 'statement_id' && k !== 'statement_predicate')
      sProps[camel(k.slice(10))] = v;
    if (k.startsWith('evidence_')) eProps[camel(k.slice(9))] = v;
  }
  const statement = {
    id: edge.statement_id as string,
    subject: toGraph(edge.subject) as string,
    predicate,
    object: toGraph(edge.object) as string,
    sign: edge.sign,
    props: sProps,
  };
  if (!Object.keys(eProps).length) return { statement, evidence: null };
  const pubs = Array.isArray(edge.publications) ? edge.publications.map(toGraph) : [];
  if (typeof pubs[0] !== 'string') return 'evidence needs its publication (publications)';
  const { direction, ...rest } = eProps;
  if (direction !== 'SUPPORTS' && direction !== 'REFUTES') return 'evidence_direction must be SUPPORTS or REFUTES';
  const text = Array.isArray(edge.supporting_text) ? edge.supporting_text[0] : null;
  return {
    statement,
    evidence: {
      id: edge.id as string,
      statementId: statement.id,
      source: pubs[0],
      direction,
      props: { ...rest, sentence: text ?? null },
    },
  };
}
