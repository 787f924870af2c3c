/**
 * When to restart a process that died (the embedded Neo4j, neo4j/supervise.ts): bounded attempts
 * in a row with exponential back-off. Pure: the caller says what happened and when (in ms on any
 * clock), and gets back what to do.
 */

export interface RestartPolicy {
  /** Restarts in a row before giving up; 0: never restart. */
  maxAttempts: number;
  /** Wait before the first attempt; each further attempt waits twice as long ... */
  firstDelayMs: number;
  /** ... but never longer than this. */
  maxDelayMs: number;
  /** A process that stayed up this long after a restart has recovered: its next death starts a new count. */
  stableAfterMs: number;
}

export const DEFAULT_RESTART_POLICY: Readonly<RestartPolicy> = {
  maxAttempts: 5,
  firstDelayMs: 1000,
  maxDelayMs: 30_000,
  stableAfterMs: 5 * 60_000,
};

/** The wait before attempt `attempt` (1-based): firstDelayMs · 2^(attempt − 1), capped at maxDelayMs. */
export function backoffMs(policy: RestartPolicy, attempt: number): number {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be 1 or more, got ${attempt}`);
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.min(attempt - 1, 30));
}

/** Attempts made since the process last ran stably, and when it last came up. */
export interface RestartState {
  attempts: number;
  upSince?: number;
}

export const FRESH_RESTART_STATE: Readonly<RestartState> = { attempts: 0 };

export type RestartDecision =
  { action: 'restart'; attempt: number; delayMs: number } | { action: 'give-up'; attempts: number };

/**
 * The process died at `now` (or a restart attempt failed: then `upSince` is unset). Its attempts
 * start over when it had been up for stableAfterMs; otherwise this is one more in a row.
 */
export function onDeath(
  state: RestartState,
  now: number,
  policy: RestartPolicy,
): { state: RestartState; decision: RestartDecision } {
  const stable = state.upSince !== undefined && now - state.upSince >= policy.stableAfterMs;
  const made = stable ? 0 : state.attempts;
  if (made >= policy.maxAttempts) return { state: { attempts: made }, decision: { action: 'give-up', attempts: made } };
  const attempt = made + 1;
  return {
    state: { attempts: attempt },
    decision: { action: 'restart', attempt, delayMs: backoffMs(policy, attempt) },
  };
}

/** The process is up (again) at `now`. */
export function onUp(state: RestartState, now: number): RestartState {
  return { attempts: state.attempts, upSince: now };
}
