/**
 * The look-ahead that fetches `edges { statement { evidence } }` with an edge page: what it reads
 * from a selection, and that the field names it looks for are the schema's (a renamed field fails
 * here instead of silently turning the look-ahead off).
 */
import {
  Kind,
  getNamedType,
  isObjectType,
  parse,
  visit,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../domain/cursor.js';
import { listRef } from '../../domain/paging.js';
import { buildGraphQLSchema } from '../../resolvers/index.js';
import { EDGES_FIELD, EVIDENCE_FIELD, STATEMENT_FIELD, evidenceLookahead } from '../../resolvers/lookahead.js';

/** The resolve info of the field `field` in `query`, as graphql-js would pass it. */
function infoFor(query: string, field = 'targetedBy', variableValues: Record<string, unknown> = {}) {
  const doc = parse(query);
  const fieldNodes: FieldNode[] = [];
  visit(doc, {
    Field(node) {
      if (node.name.value === field) fieldNodes.push(node);
    },
  });
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return { fieldNodes, fragments, variableValues } as unknown as GraphQLResolveInfo;
}

const ctx = { maxPageSize: 100 };
const look = (query: string, vars?: Record<string, unknown>) =>
  evidenceLookahead(ctx, infoFor(query, 'targetedBy', vars));

describe('evidenceLookahead', () => {
  it('reads the evidence page under edges { statement { evidence } }', () => {
    expect(look(`{ gene { targetedBy { edges { statement { evidence(first: 5) { totalCount } } } } } }`)).toEqual({
      status: null,
      window: { limit: 5, backward: false, after: null, before: null },
    });
  });

  it('uses the default page, the status, last and variables', () => {
    expect(look(`{ gene { targetedBy { edges { statement { evidence { totalCount } } } } } }`)).toEqual({
      status: null,
      window: { limit: 20, backward: false, after: null, before: null },
    });
    const q = `query($n: Int, $s: EvidenceStatus) { gene { targetedBy { edges { statement {
      evidence(last: $n, status: $s) { totalCount } } } } } }`;
    expect(look(q, { n: 3, s: 'ACCEPTED' })).toEqual({
      status: 'ACCEPTED',
      window: { limit: 3, backward: true, after: null, before: null },
    });
  });

  it('asks for nothing after or before a cursor: a cursor is bound to one statement', () => {
    const cursor = encodeCursor(listRef('Statement.evidence', 'RESISTKG:stmt-1', 'evidence'), [
      '2026-01-01T00:00:00Z',
      'e',
    ]);
    for (const arg of ['after', 'before'])
      expect(
        look(
          `{ gene { targetedBy { edges { statement { evidence(first: 2, ${arg}: "${cursor}") { totalCount } } } } } }`,
        ),
      ).toBeNull();
  });

  it('looks through named and inline fragments', () => {
    const q = `{ gene { targetedBy { ...T } } }
      fragment T on TargetConnection { edges { ... on TargetEdge { statement { ...S } } } }
      fragment S on Statement { evidence(first: 2) { totalCount } }`;
    expect(look(q)).toEqual({ status: null, window: { limit: 2, backward: false, after: null, before: null } });
  });

  it('asks for nothing when there is no evidence, several selections of it, or invalid arguments', () => {
    expect(look(`{ gene { targetedBy { edges { statement { id } } } } }`)).toBeNull();
    expect(look(`{ gene { targetedBy { edges { node { id } } } } }`)).toBeNull();
    expect(
      look(
        `{ gene { targetedBy { edges { statement { a: evidence(first: 1) { totalCount } b: evidence { totalCount } } } } } }`,
      ),
    ).toBeNull();
    expect(look(`{ gene { targetedBy { edges { statement { evidence(first: 101) { totalCount } } } } } }`)).toBeNull();
    expect(
      look(`{ gene { targetedBy { edges { statement { evidence(after: "nope") { totalCount } } } } } }`),
    ).toBeNull();
  });
});

describe('the look-ahead path is the schema’s', () => {
  it('every connection that looks ahead has edges → statement → evidence(first, after, status)', async () => {
    const schema = await buildGraphQLSchema();
    for (const name of ['TargetConnection', 'RegulationConnection', 'PathwayConnection', 'GeneConnection']) {
      const connection = schema.getType(name);
      if (!isObjectType(connection)) throw new Error(`${name} is not an object type`);
      const edges = connection.getFields()[EDGES_FIELD];
      expect(edges, `${name}.${EDGES_FIELD}`).toBeDefined();
      const edge = getNamedType(edges!.type);
      if (!isObjectType(edge)) throw new Error(`${name}.${EDGES_FIELD} is not a list of objects`);
      const statement = edge.getFields()[STATEMENT_FIELD];
      expect(statement, `${edge.name}.${STATEMENT_FIELD}`).toBeDefined();
      const statementType = getNamedType(statement!.type);
      if (!isObjectType(statementType)) throw new Error(`${edge.name}.${STATEMENT_FIELD} is not an object`);
      const evidence = statementType.getFields()[EVIDENCE_FIELD];
      expect(evidence, `${statementType.name}.${EVIDENCE_FIELD}`).toBeDefined();
      expect(evidence!.args.map((a) => a.name).sort()).toEqual(['after', 'before', 'first', 'last', 'status']);
      expect(getNamedType(evidence!.type).name).toBe('EvidenceConnection');
    }
  });

  it('the fields that pass the look-ahead to their loader are these connections', async () => {
    const schema = await buildGraphQLSchema();
    const field = (type: string, f: string) => {
      const t = schema.getType(type);
      return isObjectType(t) ? getNamedType(t.getFields()[f]!.type).name : null;
    };
    expect(field('Gene', 'targetedBy')).toBe('TargetConnection');
    expect(field('Drug', 'targets')).toBe('TargetConnection');
    expect(field('Gene', 'regulators')).toBe('RegulationConnection');
    expect(field('Gene', 'regulates')).toBe('RegulationConnection');
    expect(field('MiRNA', 'targets')).toBe('RegulationConnection');
    expect(field('Gene', 'pathways')).toBe('PathwayConnection');
    expect(field('Pathway', 'genes')).toBe('GeneConnection');
  });
});
