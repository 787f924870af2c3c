/**
 * `npm run token -- --user NAME --role CURATOR|EDITOR|ADMIN [--expires 30d]`: prints a token (last
 * line), signed with AUTH_SECRET, or when it is unset with the server's generated secret
 * (AUTH_SECRET_FILE, default `<NEO4J_DATA_DIR>/resistkg-auth-secret`; made here if no server made it yet).
 */
import { parseArgs } from 'node:util';
import { ROLES, isRole } from '../domain/auth.js';
import { authSecret, signToken } from '../server/auth.js';
import { ConfigError } from '../domain/config.js';
import { configOrExit } from '../neo4j/open.js';

const { values } = parseArgs({
  options: { user: { type: 'string' }, role: { type: 'string' }, expires: { type: 'string', default: '30d' } },
});
const config = configOrExit('token');
try {
  if (!values.user || !/^[\w.@-]{1,64}$/.test(values.user))
    throw new ConfigError('--user NAME is required (letters, digits, . _ - @; at most 64)');
  const role = (values.role ?? '').toUpperCase();
  if (!isRole(role)) throw new ConfigError(`--role must be one of ${ROLES.join(', ')}`);
  if (!config.authSecret && config.production) throw new ConfigError('AUTH_SECRET is not set');
  const secret = authSecret(config);
  if (secret.source !== 'AUTH_SECRET')
    console.error(
      `note: AUTH_SECRET is unset; signing with the server's generated secret in ${config.authSecretFile}` +
        (secret.source === 'generated' ? ' (just made: the server will use it)' : ''),
    );
  console.log(await signToken(secret.secret, values.user, role, values.expires));
} catch (err) {
  console.error(`token: ${(err as Error).message}`);
  process.exit(2);
}
