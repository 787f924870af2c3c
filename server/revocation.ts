/**
 * The deny list of revoked token ids each server checks bearer tokens against: held in memory (no
 * database round trip per request) and reloaded whole from the database every
 * REVOCATION_REFRESH_MS in the background, so a revocation made through any process
 * (`npm run token -- --revoke ID`) reaches every server within one interval. When a reload fails
 * (the database is down) the last list stays in force and a warning is logged; requests never fail
 * because of it.
 */
import type { Logger } from './logger.js';

export interface DenyList {
  /** Whether the token id is revoked, as of the last successful load. */
  has(tokenId: string): boolean;
  /** Loads the list now, then keeps reloading it every interval until stop(). */
  start(): Promise<void>;
  /** Reloads the list once; false (the last list kept, a warning logged) when the load failed. */
  refresh(): Promise<boolean>;
  /** Stops the background reloads; an in-flight one finishes without scheduling another. */
  stop(): void;
}

export interface DenyListOptions {
  /** Every revoked id (db/revocation.repo.ts revokedTokenIds). */
  load: () => Promise<string[]>;
  intervalMs: number;
  logger: Logger;
}

export function createDenyList({ load, intervalMs, logger }: DenyListOptions): DenyList {
  let ids: ReadonlySet<string> = new Set();
  let failing = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const refresh = async (): Promise<boolean> => {
    try {
      ids = new Set(await load());
      if (failing) logger.info({ revoked: ids.size }, 'revoked token ids reloaded again');
      failing = false;
      return true;
    } catch (err) {
      // Once per outage at warn level: a reload every few seconds would flood the log.
      const fields = { err, keeping: ids.size, everyMs: intervalMs };
      if (!failing) logger.warn(fields, 'could not reload the revoked token ids; keeping the last list');
      else logger.debug(fields, 'revoked token ids: reload failed again');
      failing = true;
      return false;
    }
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void refresh().then(schedule), intervalMs);
    timer.unref(); // never what keeps a process alive
  };

  return {
    has: (tokenId) => ids.has(tokenId),
    refresh,
    async start() {
      await refresh();
      schedule();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
