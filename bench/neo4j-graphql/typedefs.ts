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
 * - No resistance paths: ours is a best-first search (domain/best-paths.ts) that reads a few nodes'
 *   edges per round trip and decides in JavaScript which to expand next. One Cypher statement
 *   cannot do that; a `@cypher` enumeration of every path would compare algorithms, not GraphQL
 *   layers, and a procedure would be a second implementation in Java. The benchmark says n/a.
 */
import { PREDICATE_NAMES } from '../../domain/vocabulary.js';

/** Every statement predicate, as one relationship type expression. */
const ANY_PREDICATE = PREDICATE_NAMES.join('|');

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
`;
