/**
 * The supervisor's process handling (neo4j/supervise.ts) with stand-in JVM handles: the real JVM
 * is killed and restarted in test/slow/embedded-restart.test.ts; these check the edges quickly.
 */
import { describe, expect, it } from 'vitest';
import type { EmbeddedNeo4j } from '../../neo4j/embedded.js';
import { supervise, type SupervisorEvent } from '../../neo4j/supervise.js';

/** A stand-in for one JVM: `die()` ends it as a crash would, `stop()` as a shutdown. */
function jvm(pid: number) {
  let end!: (code: number | null) => void;
  const exited = new Promise<number | null>((r) => (end = r));
  let stopped = false;
  const handle: EmbeddedNeo4j = {
    uri: 'bolt://127.0.0.1:7999',
    user: 'neo4j',
    password: 'p'.repeat(64),
    pid,
    exited,
    async stop() {
      stopped = true;
      end(0);
    },
  };
  return { handle, die: () => end(null), isStopped: () => stopped };
}

const policy = { maxAttempts: 3, firstDelayMs: 1, maxDelayMs: 4, stableAfterMs: 3_600_000 };
const until = async (check: () => boolean) => {
  while (!check()) await new Promise((r) => setTimeout(r, 1));
};

describe('supervise', () => {
  it('restarts a dead JVM, counts failed starts, and gives up after maxAttempts in a row', async () => {
    const first = jvm(1);
    const second = jvm(2);
    const events: SupervisorEvent[] = [];
    let starts = 0;
    const supervised = supervise(first.handle, {
      policy,
      onEvent: (e) => events.push(e),
      start: async () => {
        starts++;
        if (starts === 1) throw new Error('port taken\nmore detail');
        if (starts === 2) return second.handle;
        throw new Error('still broken');
      },
    });
    first.die();
    await until(() => supervised.pid === 2);
    expect(events).toEqual([
      { kind: 'exited', pid: 1, code: null },
      { kind: 'restarting', attempt: 1, of: 3, delayMs: 1 },
      { kind: 'restart-failed', attempt: 1, error: 'port taken' },
      { kind: 'restarting', attempt: 2, of: 3, delayMs: 2 },
      { kind: 'up', pid: 2, attempt: 2 },
    ]);
    // It dies again soon: one attempt is left, it fails, supervision ends.
    second.die();
    expect(await supervised.exited).toBe(null);
    expect(events.slice(5)).toEqual([
      { kind: 'exited', pid: 2, code: null },
      { kind: 'restarting', attempt: 3, of: 3, delayMs: 4 },
      { kind: 'restart-failed', attempt: 3, error: 'still broken' },
      { kind: 'gave-up', attempts: 3 },
    ]);
    expect(supervised.uri).toBe('bolt://127.0.0.1:7999');
  });

  it('stop() stops the running JVM and no restart follows', async () => {
    const first = jvm(1);
    let starts = 0;
    const supervised = supervise(first.handle, {
      policy,
      start: async () => (starts++, jvm(9).handle),
    });
    await supervised.stop();
    expect(first.isStopped()).toBe(true);
    expect(await supervised.exited).toBe(null);
    expect(starts).toBe(0);
  });

  it('stop() during a restart stops the JVM that was starting', async () => {
    const first = jvm(1);
    const late = jvm(2);
    let release!: () => void;
    const starting = new Promise<void>((r) => (release = r));
    let asked = false;
    const supervised = supervise(first.handle, {
      policy,
      start: async () => {
        asked = true;
        await starting;
        return late.handle;
      },
    });
    first.die();
    await until(() => asked);
    const stopped = supervised.stop();
    release();
    await stopped;
    expect(late.isStopped()).toBe(true);
  });
});
