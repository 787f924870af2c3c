/** `npm run token -- --user NAME --role CURATOR|EDITOR|ADMIN [--expires 30d]`: prints a token (last line). */
import { parseArgs } from 'node:util';
import { ROLES, isRole } from '../domain/auth.js';
import { DEVELOPMENT_SECRET, signToken } from '../server/auth.js';
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
  if (!config.authSecret)
    console.error(
      'note: AUTH_SECRET is unset; signing with the development secret (the server uses it too outside production)',
    );
  console.log(await signToken(config.authSecret ?? DEVELOPMENT_SECRET, values.user, role, values.expires));
} catch (err) {
  console.error(`token: ${(err as Error).message}`);
  process.exit(2);
}
