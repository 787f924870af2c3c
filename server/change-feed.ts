/**
 * The change feed of one API process: while anyone subscribes, it polls the database for audit
 * events committed after the last one it saw (db/events.repo.ts; one indexed query every
 * LIVE_POLL_MS) and hands each batch to every subscriber. Events come from the database, not from
 * process memory, so a subscriber on one process hears writes made through any other; no broker.
 */
import { EventEmitter, on } from 'node:events';
import type { Database } from '../db/database.js';
import { eventsAfter, lastEventSeq, type ChangeEvent } from '../db/events.repo.js';
import type { ChangeFeed as ResolverFeed } from '../resolvers/context.js';
import type { Logger } from './logger.js';

const BATCH = 500;

/** Batches of events committed after batches() is called, until the signal aborts. */
export interface ChangeFeed extends ResolverFeed {
  /** Subscribers right now. */
  readonly subscribers: number;
  stop(): void;
}

export function createChangeFeed(db: Database, intervalMs: number, logger: Logger): ChangeFeed {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  let last: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let failing = false;

  const count = () => emitter.listenerCount('batch');
  async function poll(): Promise<void> {
    timer = undefined;
    if (stopped || count() === 0) {
      last = undefined; // the next subscriber starts from the present
      return;
    }
    try {
      last ??= await lastEventSeq(db);
      for (;;) {
        const events = await eventsAfter(db, last, BATCH);
        if (events.length === 0) break;
        last = events.at(-1)!.seq;
        emitter.emit('batch', events);
        if (events.length < BATCH) break;
      }
      if (failing) logger.info('change feed: the database answers again');
      failing = false;
    } catch (err) {
      if (!failing) logger.warn({ err: (err as Error).message }, 'change feed: cannot read events; retrying');
      failing = true;
    }
    schedule();
  }
  function schedule() {
    if (!stopped && !timer && count() > 0) timer = setTimeout(() => void poll(), intervalMs);
  }

  return {
    async *batches(signal) {
      const iterator = on(emitter, 'batch', { signal });
      // The first subscriber of an idle feed starts from the present: read where that is now.
      if (last === undefined) last = await lastEventSeq(db);
      schedule();
      try {
        for await (const [events] of iterator) yield events as ChangeEvent[];
      } catch (err) {
        if ((err as Error).name !== 'AbortError') throw err;
      }
    },
    get subscribers() {
      return count();
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      emitter.removeAllListeners();
    },
  };
}
