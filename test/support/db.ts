/** The real test database (started by global-setup) and an in-process app over it. */
import { inject } from 'vitest';
import { Database } from '../../db/database.js';
import { createApp, type App } from '../../server/app.js';
import { createLogger } from '../../server/logger.js';

export function testDatabase(): Database {
  return new Database({ uri: inject('neo4jUri') });
}

export async function testApp(db: Database, maxPageSize = 100): Promise<App> {
  return createApp({ db, logger: createLogger('silent'), production: false, maxPageSize });
}
