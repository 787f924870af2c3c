/**
 * Generated secrets (neo4j/secret-file.ts): the signing secret (server/auth.ts) and the embedded
 * Neo4j's password are random, owner-only, reused; the signing secret is never generated in production.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../domain/config.js';
import { loadOrCreateSecret } from '../../neo4j/secret-file.js';
import { authSecret } from '../../server/auth.js';

const root = mkdtempSync(path.join(tmpdir(), 'resistkg-secret-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the generated secret', () => {
  it('is made once, 0600, 64 random hex characters, and reused by later starts', () => {
    const file = path.join(root, 'data', 'resistkg-auth-secret');
    const first = loadOrCreateSecret(file);
    expect(first.source).toBe('generated');
    expect(first.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSecret(file)).toEqual({ secret: first.secret, source: 'file' });
    expect(loadOrCreateSecret(path.join(root, 'other', 'secret')).secret).not.toBe(first.secret);
  });

  it('tightens a readable file to 0600 and refuses one too short to be a secret', () => {
    const file = path.join(root, 'loose');
    writeFileSync(file, `${'a'.repeat(40)}\n`);
    chmodSync(file, 0o644);
    expect(loadOrCreateSecret(file).secret).toBe('a'.repeat(40));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    writeFileSync(path.join(root, 'short'), 'password\n');
    expect(() => loadOrCreateSecret(path.join(root, 'short'))).toThrow(/no secret of 32\+ characters/);
  });

  it('AUTH_SECRET wins and makes no file; the default file lives in NEO4J_DATA_DIR', () => {
    const dataDir = path.join(root, 'd');
    const secret = 'an-explicit-secret-of-32-characters!!';
    expect(authSecret(parseConfig({ NEO4J_DATA_DIR: dataDir, AUTH_SECRET: secret }))).toEqual({
      secret,
      source: 'AUTH_SECRET',
    });
    expect(() => statSync(path.join(dataDir, 'resistkg-auth-secret'))).toThrow();
    const made = authSecret(parseConfig({ NEO4J_DATA_DIR: dataDir }));
    expect(readFileSync(path.join(dataDir, 'resistkg-auth-secret'), 'utf8').trim()).toBe(made.secret);
    expect(() => authSecret({ production: true, authSecretFile: path.join(root, 'p') })).toThrow(/AUTH_SECRET/);
  });
});
