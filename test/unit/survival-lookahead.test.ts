/**
 * The look-ahead that computes only the parts of a survival analysis a request selects: what it
 * reads from a selection, and that the field names it looks for are the schema's.
 */
import {
  Kind,
  isObjectType,
  parse,
  visit,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../resolvers/index.js';
import { SURVIVAL_FIELD, SURVIVAL_PART_FIELDS, survivalParts } from '../../resolvers/cohorts.js';

/** The resolve info of the `survival` field in `query`, as graphql-js would pass it. */
function infoFor(query: string) {
  const doc = parse(query);
  const fieldNodes: FieldNode[] = [];
  visit(doc, {
    Field(node) {
      if (node.name.value === 'survival') fieldNodes.push(node);
    },
  });
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return { fieldNodes, fragments, variableValues: {} } as unknown as GraphQLResolveInfo;
}

describe('survival look-ahead', () => {
  it('asks for the parts selected, through fragments and aliases', () => {
    expect(
      survivalParts(infoFor('{ cohort(id: "c") { survival { groups { n medianSurvival } cox { hazardRatio } } } }')),
    ).toEqual({
      curves: false,
      patientIds: false,
      logRank: false,
      cox: true,
    });
    const withFragments = `{ cohort(id: "c") { survival { ...S } } }
      fragment S on SurvivalAnalysis { groups { ... on SurvivalGroup { km: curve { time } patientIds } } lr: logRank { pValue } }`;
    expect(survivalParts(infoFor(withFragments))).toEqual({
      curves: true,
      patientIds: true,
      logRank: true,
      cox: false,
    });
  });

  it('looks for field names the schema has', async () => {
    const schema = await buildGraphQLSchema();
    const fields = (type: string) => {
      const t = schema.getType(type);
      if (!isObjectType(t)) throw new Error(`${type} is not an object type`);
      return Object.keys(t.getFields());
    };
    const { groups, curve, patientIds, logRank, cox } = SURVIVAL_PART_FIELDS;
    expect(fields('SurvivalAnalysis')).toEqual(expect.arrayContaining([groups, logRank, cox]));
    expect(fields('SurvivalGroup')).toEqual(expect.arrayContaining([curve, patientIds]));
    // The cohort lookup's look-ahead (prefetchSurvival) starts what Cohort.survival reads first.
    expect(fields('Cohort')).toContain(SURVIVAL_FIELD);
  });
});
