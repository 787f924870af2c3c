/**
 * A secret kept in a file of its own: the curation tokens' signing secret (server/auth.ts) and the
 * embedded Neo4j's password (neo4j/embedded.ts) are both made here on first use and read back later.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Whether the secret was just made or read from an existing file. */
export type FileSecretSource = 'generated' | 'file';

/**
 * The secret kept in `file`: read when it exists (its permissions tightened to 0600 if looser),
 * else 32 random bytes (hex) written to a new file created with mode 0600. Never a known string.
 */
export function loadOrCreateSecret(file: string): { secret: string; source: FileSecretSource } {
  const read = () => {
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length < 32) throw new Error(`${file} holds no secret of 32+ characters; delete it to make a new one`);
    return secret;
  };
  try {
    return { secret: read(), source: 'file' };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('hex');
  // Written whole to a private temporary file, then linked into place: a second process starting
  // at the same moment either links first (and this one reads its secret) or sees the full file.
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(tmp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return { secret: read(), source: 'file' };
    throw err;
  } finally {
    rmSync(tmp, { force: true });
  }
  return { secret, source: 'generated' };
}
