/** The committed schema matches the code, and every committed example operation runs cleanly. */
import { readFileSync } from 'node:fs';
import { Kind, parse, printSchema, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../resolvers/index.js';
import { useTestApp } from '../support/db.js';
import { gql } from '../support/gql.js';

const examples = readFileSync(new URL('../../schema/examples.graphql', import.meta.url), 'utf8');
const operations = parse(examples).definitions.filter(
  (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
);

const ctx = useTestApp();

it('schema/schema.graphql is what the code emits (run npm run schema:emit after changing the schema)', async () => {
  const committed = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
  expect(committed).toBe(printSchema(await buildGraphQLSchema()) + '\n');
});

it('documents every type, field, argument and enum value', async () => {
  const schema = await buildGraphQLSchema();
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    if (!type.description) missing.push(type.name);
    if ('getFields' in type) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : [])
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if ('getValues' in type)
      for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
  }
  expect(missing).toEqual([]);
});

describe('schema/examples.graphql', () => {
  expect(operations.length).toBeGreaterThanOrEqual(8);
  for (const op of operations) {
    it(`runs ${op.name?.value}`, async () => {
      const res = await gql(ctx.app, examples, {}, op.name!.value);
      expect(res.errors).toBeUndefined();
      // Every root field found something in the curated seed.
      for (const value of Object.values(res.data)) expect(value).not.toBeNull();
    });
  }
});
