/**
 * Keeps the embedded Neo4j running for the server: when its JVM dies it is started again on the
 * same port, data folder and password, with bounded attempts and back-off (domain/restart.ts). The
 * driver keeps its URI and reconnects by itself; meanwhile requests get DATABASE_UNAVAILABLE.
 */
import { FRESH_RESTART_STATE, onDeath, onUp, type RestartPolicy, type RestartState } from '../domain/restart.js';
import type { EmbeddedNeo4j } from './embedded.js';

export type SupervisorEvent =
  | { kind: 'exited'; pid: number; code: number | null }
  | { kind: 'restarting'; attempt: number; of: number; delayMs: number }
  | { kind: 'restart-failed'; attempt: number; error: string }
  | { kind: 'up'; pid: number; attempt: number }
  | { kind: 'gave-up'; attempts: number };

export interface SuperviseOptions {
  policy: RestartPolicy;
  /** Starts a new JVM on the same port, data folder and password. */
  start: () => Promise<EmbeddedNeo4j>;
  onEvent?: (event: SupervisorEvent) => void;
}

/**
 * Supervises `first`. The result stands for whichever JVM runs now: `pid` is the current one,
 * `stop()` stops supervision and that JVM, and `exited` resolves only when supervision ends (given
 * up after the last attempt failed, or stopped).
 */
export function supervise(first: EmbeddedNeo4j, opts: SuperviseOptions): EmbeddedNeo4j {
  const emit = opts.onEvent ?? (() => undefined);
  /** The latest JVM (dead while a restart is pending: stopping it then does nothing). */
  let current: EmbeddedNeo4j = first;
  let state: RestartState = onUp(FRESH_RESTART_STATE, Date.now());
  let stopped = false;
  let wake: (() => void) | undefined;
  let starting: Promise<EmbeddedNeo4j> | undefined;
  let finish!: (code: number | null) => void;
  const exited = new Promise<number | null>((resolve) => (finish = resolve));

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => (clearTimeout(timer), resolve());
    });

  const watch = (neo4j: EmbeddedNeo4j) => {
    void neo4j.exited.then(async (code) => {
      if (stopped) return;
      emit({ kind: 'exited', pid: neo4j.pid, code });
      await restart(code);
    });
  };

  const restart = async (code: number | null) => {
    for (;;) {
      const next = onDeath(state, Date.now(), opts.policy);
      state = next.state;
      if (next.decision.action === 'give-up') {
        emit({ kind: 'gave-up', attempts: next.decision.attempts });
        stopped = true;
        finish(code);
        return;
      }
      const { attempt, delayMs } = next.decision;
      emit({ kind: 'restarting', attempt, of: opts.policy.maxAttempts, delayMs });
      await sleep(delayMs);
      if (stopped) return;
      try {
        starting = opts.start();
        const neo4j = await starting;
        starting = undefined;
        if (stopped) return void (await neo4j.stop());
        current = neo4j;
        state = onUp(state, Date.now());
        emit({ kind: 'up', pid: neo4j.pid, attempt });
        watch(neo4j);
        return;
      } catch (err) {
        starting = undefined;
        if (stopped) return;
        emit({ kind: 'restart-failed', attempt, error: (err as Error).message.split('\n')[0]! });
      }
    }
  };

  watch(first);
  return {
    uri: first.uri,
    user: first.user,
    password: first.password,
    get pid() {
      return current.pid;
    },
    exited,
    async stop() {
      if (!stopped) {
        stopped = true;
        wake?.();
        const late = await starting?.catch(() => undefined);
        await Promise.all([current.stop(), late?.stop()]);
      }
      finish(null);
    },
  };
}
