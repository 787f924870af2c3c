/**
 * The contract a Relay frontend builds on: relay-compiler (from npm) compiles the refetchable
 * pagination fragments in test/fixtures/relay/ against the emitted schema/schema.graphql. Relay
 * refuses @refetchable on a type that is not a Node and @connection on a field that is not a
 * Relay connection, so this fails when the schema stops being one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = mkdtempSync(join(tmpdir(), 'resistkg-relay-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Compiles the fixtures against `schema` in a fresh directory; its artifacts are in dir/generated. */
function compile(schema: string): { status: number | null; output: string; dir: string } {
  const work = mkdtempSync(join(root, 'run-'));
  mkdirSync(join(work, 'generated'));
  cpSync(resolve('test/fixtures/relay'), join(work, 'src'), { recursive: true });
  writeFileSync(join(work, 'schema.graphql'), schema);
  writeFileSync(
    join(work, 'relay.config.json'),
    JSON.stringify({
      src: './src',
      schema: './schema.graphql',
      language: 'typescript',
      artifactDirectory: './generated',
    }),
  );
  const run = spawnSync(process.execPath, [require.resolve('relay-compiler/cli.js'), 'relay.config.json'], {
    cwd: work,
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, dir: work };
}

describe('relay-compiler against schema/schema.graphql', () => {
  it('compiles refetchable pagination fragments on Gene, Drug, Statement and Cohort', () => {
    const { status, output, dir } = compile(readFileSync('schema/schema.graphql', 'utf8'));
    expect(status, output).toBe(0);
    for (const query of [
      'GeneTargetsPaginationQuery',
      'DrugTargetsPaginationQuery',
      'StatementEvidencePaginationQuery',
      'CohortPatientsPaginationQuery',
    ]) {
      const artifact = join(dir, 'generated', `${query}.graphql.ts`);
      expect(existsSync(artifact), query).toBe(true);
      // Refetched through the root node field, by id.
      expect(readFileSync(artifact, 'utf8')).toMatch(/"name": "node"/);
    }
  });

  it("fails when a fragment's type is not a Node (the check can fail)", () => {
    const schema = readFileSync('schema/schema.graphql', 'utf8').replace(
      /type Statement implements Node \{/,
      'type Statement {',
    );
    expect(schema).not.toMatch(/type Statement implements Node/);
    const { status, output } = compile(schema);
    expect(status).not.toBe(0);
    expect(output).toMatch(/refetchable/i);
  });
});
