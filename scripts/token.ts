/**
 * Bearer tokens for curation and /metrics (docs/security.md):
 *
 *   npm run token -- --user NAME --role CURATOR|EDITOR|ADMIN [--expires 30d]
 *     prints the token (last line of stdout) and, on stderr, its id and expiry to note for revoking it;
 *     signed with AUTH_SECRET, or when it is unset with the server's generated secret (AUTH_SECRET_FILE,
 *     default `<NEO4J_DATA_DIR>/resistkg-auth-secret`; made here if no server made it yet).
 *   npm run token -- --revoke ID [--reason TEXT]
 *     records the token id as revoked in the database (NEO4J_URI, or the embedded Neo4j); every
 *     server refuses the token within REVOCATION_REFRESH_MS. Revoking twice changes nothing.
 *   npm run token -- --list-revoked
 *     prints every revoked id with when and why, oldest first.
 *
 * Invalid arguments or configuration exit with code 2; a database that cannot be reached with 1.
 */
import { parseArgs } from 'node:util';
import { ROLES, isRole, isTokenId } from '../domain/auth.js';
import { ConfigError, type Config } from '../domain/config.js';
import { listRevokedTokens, revokeToken } from '../db/revocation.repo.js';
import { configOrExit, withDatabase } from '../neo4j/open.js';
import { authSecret, issueToken } from '../server/auth.js';

const MAX_REASON = 500;

async function sign(config: Config, user: string | undefined, roleArg: string | undefined, expires: string) {
  if (!user || !/^[\w.@-]{1,64}$/.test(user))
    throw new ConfigError('--user NAME is required (letters, digits, . _ - @; at most 64)');
  const role = (roleArg ?? '').toUpperCase();
  if (!isRole(role)) throw new ConfigError(`--role must be one of ${ROLES.join(', ')}`);
  if (!config.authSecret && config.production) throw new ConfigError('AUTH_SECRET is not set');
  const secret = authSecret(config);
  if (secret.source !== 'AUTH_SECRET')
    console.error(
      `note: AUTH_SECRET is unset; signing with the server's generated secret in ${config.authSecretFile}` +
        (secret.source === 'generated' ? ' (just made: the server will use it)' : ''),
    );
  const issued = await issueToken(secret.secret, user, role, expires);
  console.error(`token id ${issued.id}, ${role} for ${user}, expires ${issued.expiresAt.toISOString()}`);
  console.error(`(to revoke it: npm run token -- --revoke ${issued.id})`);
  console.log(issued.token);
}

/** Runs `work` on the configured database (or the one `npm start` is running); a failure exits 1. */
async function onDatabase<T>(work: Parameters<typeof withDatabase<T>>[0]): Promise<T> {
  try {
    return await withDatabase(work);
  } catch (err) {
    console.error(`token: the database is not reachable: ${(err as Error).message.split('\n')[0]}`);
    process.exit(1);
  }
}

async function revoke(config: Config, id: string, reason: string | undefined) {
  if (!isTokenId(id))
    throw new ConfigError(`--revoke needs a token id as npm run token printed it (a UUID), not ${JSON.stringify(id)}`);
  if (reason !== undefined && (reason.trim() === '' || reason.length > MAX_REASON))
    throw new ConfigError(`--reason must be 1 to ${MAX_REASON} characters`);
  const r = await onDatabase((db) => revokeToken(db, id, reason?.trim() ?? null));
  console.log(
    r.alreadyRevoked
      ? `token ${id} was already revoked at ${r.revokedAt}${r.reason ? ` (${r.reason})` : ''}; nothing changed`
      : `revoked token ${id}${r.reason ? ` (${r.reason})` : ''}; servers refuse it within ${config.revocationRefreshMs} ms (REVOCATION_REFRESH_MS)`,
  );
}

async function listRevoked() {
  const rows = await onDatabase((db) => listRevokedTokens(db));
  for (const r of rows) console.log(`${r.id}\t${r.revokedAt}\t${r.reason ?? ''}`);
  console.error(`${rows.length} revoked token${rows.length === 1 ? '' : 's'}`);
}

const config = configOrExit('token');
try {
  const { values } = parseArgs({
    options: {
      user: { type: 'string' },
      role: { type: 'string' },
      expires: { type: 'string', default: '30d' },
      revoke: { type: 'string' },
      reason: { type: 'string' },
      'list-revoked': { type: 'boolean', default: false },
    },
  });
  const modes = [values.revoke !== undefined, values['list-revoked'], !!(values.user || values.role)];
  if (modes.filter(Boolean).length > 1)
    throw new ConfigError('give one of --user/--role (sign), --revoke ID or --list-revoked');
  if (values.reason !== undefined && values.revoke === undefined) throw new ConfigError('--reason goes with --revoke');
  if (values.revoke !== undefined) await revoke(config, values.revoke, values.reason);
  else if (values['list-revoked']) await listRevoked();
  else await sign(config, values.user, values.role, values.expires);
} catch (err) {
  console.error(`token: ${(err as Error).message}`);
  process.exit(2);
}
