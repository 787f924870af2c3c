/**
 * `@neo4j/graphql` 7 type definitions over resistkg's own labels, relationship types and
 * properties (db/seed.repo.ts, db/migrations.ts, domain/kinds.ts, domain/vocabulary.ts): what a
 * user of the library would write for the same graph. Nothing here is read by the service.
 *
 * - `Entity` (label Entity) carries the projected statement relationships. `neighbours` is one
 *   relationship field over every predicate, either direction, which needs the library's documented
 *   `disableRelationshipTypeEscaping` option (the type string `TARGETS|REGULATES|...` is fixed here,
 *   never user input). Per-predicate fields would multiply a depth-2 neighbourhood into 20 × 20
 *   separately limited subqueries: far more work than ours, so not the same work.
 * - `Projection` is the properties type of the projected relationships; its `ends` (source,
 *   target and predicate: the relationship's ends and type, which a multi-type field does not
 *   tell) and its `statement` (the Statement node of `statementId`) are `@cypher` fields, as
 *   relationship properties cannot have relationships. The library evaluates `ends` for every
 *   relationship of a node before it sorts and limits them (ours reads ends after the limit).
 * - `resistancePaths` is a root `@cypher` field: our enumeration query (db/path.repo.ts) with the
 *   path scoring of domain/paths.ts written in Cypher (see RESISTANCE_PATHS below).
 */
import { PREDICATE_NAMES } from '../../domain/vocabulary.js';
import { HUB_SCALE, PATH_CAP } from '../../domain/paths.js';

/** Every statement predicate, as one relationship type expression. */
const ANY_PREDICATE = PREDICATE_NAMES.join('|');

/** The hop limit of the benchmark's resistancePaths (a literal in the pattern, like ours). */
export const RESISTANCE_MAX_HOPS = 4;

/**
 * db/path.repo.ts RESISTANCE_PATHS for maxHops 4, then domain/paths.ts rankPaths in
 * Cypher: sign = Π sign, score = round(Π belief × Π hubPenalty(degree of interior nodes), 9),
 * ordered by score, hops, node ids, statement ids.
 */
const RESISTANCE_PATHS = `
MATCH (d:Drug {id: $drug})
OPTIONAL MATCH (d)-[:MEMBER_OF]->(c:DrugClass)
WITH d, collect(c) AS classes
UNWIND [d] + classes AS t
MATCH (last:Entity)-[res:CONFERS_RESISTANCE_TO]->(t)
WHERE res.belief >= $minBelief AND ($disease IS NULL OR res.disease IS NULL OR res.disease = $disease)
MATCH p = (:Entity)((a:Entity)-[r:REGULATES|TARGETS]->(b:Entity)
            WHERE r.belief >= $minBelief AND ($disease IS NULL OR r.disease IS NULL OR r.disease = $disease)){0,${RESISTANCE_MAX_HOPS - 1}}(last)
WITH t, res, nodes(p) AS pn, relationships(p) AS pr
WHERE NOT t IN pn AND all(i IN range(0, size(pn) - 2) WHERE NOT pn[i] IN pn[i + 1..])
WITH pn + [t] AS pathNodes, pr + [res] AS pathRels
LIMIT ${PATH_CAP}
WITH collect({ns: pathNodes, rs: pathRels}) AS found
CALL (found) {
  UNWIND found AS f
  UNWIND f.ns AS n
  WITH DISTINCT n
  RETURN apoc.map.fromPairs(collect([n.id, COUNT { (n)-[:${ANY_PREDICATE}]-() }])) AS degree
}
UNWIND found AS f
WITH f, degree, size(found) >= ${PATH_CAP} AS truncated,
     [i IN range(1, size(f.ns) - 2) | 1.0 / (1 + log(1 + toFloat(degree[f.ns[i].id]) / ${HUB_SCALE}))] AS penalties
WITH f, truncated,
     reduce(s = 1, r IN f.rs | s * CASE WHEN r.sign < 0 THEN -1 ELSE 1 END) AS sign,
     round(reduce(b = 1.0, r IN f.rs | b * r.belief) * reduce(h = 1.0, x IN penalties | h * x) * 1e9) / 1e9 AS score,
     [n IN f.ns | n.id] AS ids
ORDER BY score DESC, size(f.rs) ASC, ids ASC, [r IN f.rs | r.statementId] ASC
LIMIT $first
RETURN { sign: sign, score: score, hops: size(f.rs), truncated: truncated,
         nodes: [n IN f.ns | { id: n.id, name: n.name }],
         edges: [r IN f.rs | { source: startNode(r).id, target: endNode(r).id, predicate: type(r),
                               sign: r.sign, belief: r.belief, statementId: r.statementId }] } AS path`;

export const typeDefs = /* GraphQL */ `
  # Read-only: the baseline generates no mutations.
  extend schema @mutation(operations: [])

  "An entity (gene, miRNA, drug, drug class, pathway, process, disease, cell line, combination)."
  type Entity
    @node(labels: ["Entity"])
    @fulltext(indexes: [{ indexName: "entity_search", queryName: "entitySearch", fields: ["name", "symbol", "searchText"] }]) {
    id: ID!
    name: String
    kind: String
    symbol: String
    aliases: [String!]
    synonyms: [String!]
    searchText: String
    "Every projected statement relationship, either direction."
    neighbours: [Entity!]!
      @relationship(type: "${ANY_PREDICATE}", direction: OUT, queryDirection: UNDIRECTED, properties: "Projection")
  }

  type Gene @node(labels: ["Gene"]) {
    id: ID!
    name: String
    kind: String
    symbol: String
    aliases: [String!]
    hgncId: String
    "Agents that target this gene (TARGETS, incoming)."
    targetedBy: [Entity!]! @relationship(type: "TARGETS", direction: IN, properties: "Projection")
    regulators: [Entity!]! @relationship(type: "REGULATES", direction: IN, properties: "Projection")
    regulates: [Entity!]! @relationship(type: "REGULATES", direction: OUT, properties: "Projection")
  }

  type Drug @node(labels: ["Drug"]) {
    id: ID!
    name: String
    kind: String
    synonyms: [String!]
    targets: [Entity!]! @relationship(type: "TARGETS", direction: OUT, properties: "Projection")
  }

  "The endpoints of a projected relationship."
  type ProjectionEnds {
    source: ID!
    target: ID!
    predicate: String!
  }

  "A statement projected as a direct relationship from its subject to its object."
  type Projection @relationshipProperties {
    statementId: ID!
    sign: Int
    belief: Float
    evidenceCount: Int
    interactionType: String
    mechanism: String
    disease: String
    ends: ProjectionEnds!
      @cypher(
        statement: "RETURN {source: startNode(this).id, target: endNode(this).id, predicate: type(this)} AS ends"
        columnName: "ends"
      )
    statement: Statement @cypher(statement: "MATCH (s:Statement {id: this.statementId}) RETURN s", columnName: "s")
  }

  type Statement @node(labels: ["Statement"]) {
    id: ID!
    predicate: String
    sign: Int
    belief: Float
    interactionType: String
    mechanism: String
    contextDisease: String
    contextSetting: String
    contextNote: String
    subject: Entity @relationship(type: "SUBJECT", direction: OUT)
    object: Entity @relationship(type: "OBJECT", direction: OUT)
    "Evidence for and against the statement."
    evidence: [Evidence!]! @relationship(type: "SUPPORTS|REFUTES", direction: IN)
  }

  type Evidence @node(labels: ["Evidence"]) {
    id: ID!
    level: String
    modelSystem: String
    rating: Int
    status: String
    direction: String
    sentence: String
    createdAt: DateTime
    source: [Publication!]! @relationship(type: "CITES", direction: OUT)
  }

  type Publication @node(labels: ["Publication"]) {
    id: ID!
    pmid: String
    doi: String
    title: String
  }

  "A normalised name (domain/names.ts nameKey) and the entities it names."
  type Synonym @node(labels: ["Synonym"]) {
    key: String!
    names: [Entity!]! @relationship(type: "NAMES", direction: OUT, properties: "Naming")
    genes: [Gene!]! @relationship(type: "NAMES", direction: OUT, properties: "Naming")
  }

  "rank 0: id, symbol or primary name; 1: alias or synonym."
  type Naming @relationshipProperties {
    rank: Int
    text: String
  }

  type PathNode {
    id: ID!
    name: String
  }

  type PathEdge {
    source: ID!
    target: ID!
    predicate: String!
    sign: Int!
    belief: Float!
    statementId: ID!
  }

  type ResistancePath {
    sign: Int!
    score: Float!
    hops: Int!
    truncated: Boolean!
    nodes: [PathNode!]!
    edges: [PathEdge!]!
  }

  type Query {
    "Resistance paths of a drug (maxHops ${RESISTANCE_MAX_HOPS}), best first."
    resistancePaths(drug: ID!, disease: ID, minBelief: Float! = 0, first: Int! = 10): [ResistancePath!]!
      @cypher(statement: """${RESISTANCE_PATHS}""", columnName: "path")
  }
`;
