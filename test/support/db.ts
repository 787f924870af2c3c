/** The real test database (started by global-setup) and an in-process app over it. */
import { inject } from 'vitest';
import { Database } from '../../db/database.js';
import { createApp, type App } from '../../server/app.js';
import { createLogger } from '../../server/logger.js';

export const TEST_SECRET = 'test-secret-for-resistkg-tests-0123456789';

export function testDatabase(): Database {
  return new Database({ uri: inject('neo4jUri') });
}

export async function testApp(db: Database, maxPageSize = 100): Promise<App> {
  return createApp({ db, logger: createLogger('silent'), production: false, maxPageSize, authSecret: TEST_SECRET });
}
