/** The real test database (started by global-setup) and an in-process app over it. */
import type { Server } from 'node:http';
import { afterAll, beforeAll, inject } from 'vitest';
import { Database } from '../../db/database.js';
import { createApp, type App, type AppConfig } from '../../server/app.js';
import { createLogger } from '../../server/logger.js';

export const TEST_SECRET = 'test-secret-for-resistkg-tests-0123456789';

export function testDatabase(uri = inject('neo4jUri')): Database {
  return new Database({ uri, user: 'neo4j', password: inject('neo4jPassword') });
}

export async function testApp(db: Database, maxPageSize = 100, config: Partial<AppConfig> = {}): Promise<App> {
  // The tests' many requests all come from one loopback address: no rate limit (limits.test.ts tests
  // it). Tests count the round trips of repeated operations: no response cache (response-cache.test.ts
  // turns it on; the slow tier's services run with it, as npm start does).
  return createApp({
    db,
    logger: createLogger('silent'),
    authSecret: TEST_SECRET,
    config: { production: false, maxPageSize, rateLimitPerMinute: 0, responseCacheMb: 0, ...config },
  });
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

/** Serves an app's HTTP surface on a free loopback port. */
export async function listen(app: App): Promise<{ server: Server; base: string }> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const live = app.attachSubscriptions(server);
  const close = server.close.bind(server);
  // Subscribers' sockets would otherwise hold the server open.
  server.close = ((cb?: (err?: Error) => void) => {
    void live.close().then(() => close(cb));
    return server;
  }) as Server['close'];
  const addr = server.address();
  return { server, base: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` };
}

/** One app instance served over HTTP, with its own driver (and so its own bookmark manager and caches). */
export interface Instance {
  db: Database;
  app: App;
  server: Server;
  base: string;
}

/**
 * Registers beforeAll/afterAll that serve `count` app instances on the test database, as that many
 * API processes would be (each its own driver, bookmarks, caches and change feed), and returns the
 * list (filled inside tests).
 */
export function useInstances(count: number, config: Partial<AppConfig> = {}): Instance[] {
  const instances: Instance[] = [];
  beforeAll(async () => {
    for (let i = 0; i < count; i++) {
      const db = testDatabase();
      const app = await testApp(db, 100, config);
      instances.push({ db, app, ...(await listen(app)) });
    }
  });
  afterAll(async () => {
    for (const i of instances) {
      await new Promise((r) => i.server.close(r));
      await i.app.apollo.stop();
      await i.db.close();
    }
  });
  return instances;
}
