/** The real test database (started by global-setup) and an in-process app over it. */
import { afterAll, beforeAll, inject } from 'vitest';
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

/**
 * Registers beforeAll/afterAll that open the test database and an in-process app over it, and
 * returns accessors for both (valid inside tests).
 */
export function useTestApp(): { readonly db: Database; readonly app: App } {
  let db: Database | undefined;
  let app: App | undefined;
  beforeAll(async () => {
    db = testDatabase();
    app = await testApp(db);
  });
  afterAll(async () => {
    await app?.apollo.stop();
    await db?.close();
  });
  return {
    get db() {
      return db!;
    },
    get app() {
      return app!;
    },
  };
}
