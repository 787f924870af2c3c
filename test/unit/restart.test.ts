/** When a dead embedded Neo4j is restarted (domain/restart.ts): bounded attempts, back-off, fresh counts. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RESTART_POLICY,
  FRESH_RESTART_STATE,
  backoffMs,
  onDeath,
  onUp,
  type RestartPolicy,
  type RestartState,
} from '../../domain/restart.js';
import { parseConfig } from '../../domain/config.js';

const policy: RestartPolicy = { maxAttempts: 5, firstDelayMs: 1000, maxDelayMs: 10_000, stableAfterMs: 60_000 };

describe('backoffMs', () => {
  it('doubles from the first delay and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffMs(policy, n))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
    expect(backoffMs(policy, 1000)).toBe(10_000);
    expect(() => backoffMs(policy, 0)).toThrow(RangeError);
  });
});

describe('onDeath / onUp', () => {
  it('a JVM that keeps dying gets maxAttempts restarts in a row with growing waits, then is given up', () => {
    let state: RestartState = onUp(FRESH_RESTART_STATE, 0);
    const decisions = [];
    for (let t = 1; t <= 7; t++) {
      const next = onDeath(state, t * 1000, policy);
      decisions.push(next.decision);
      state = next.state; // each restart attempt fails: no onUp
    }
    expect(decisions.slice(0, 5)).toEqual([
      { action: 'restart', attempt: 1, delayMs: 1000 },
      { action: 'restart', attempt: 2, delayMs: 2000 },
      { action: 'restart', attempt: 3, delayMs: 4000 },
      { action: 'restart', attempt: 4, delayMs: 8000 },
      { action: 'restart', attempt: 5, delayMs: 10_000 },
    ]);
    expect(decisions.slice(5)).toEqual([
      { action: 'give-up', attempts: 5 },
      { action: 'give-up', attempts: 5 },
    ]);
  });

  it('a restart that comes up but dies again soon counts on; one that stayed up starts a new count', () => {
    let { state } = onDeath(onUp(FRESH_RESTART_STATE, 0), 10, policy); // attempt 1
    state = onUp(state, 2000);
    const soon = onDeath(state, 2000 + policy.stableAfterMs - 1, policy);
    expect(soon.decision).toEqual({ action: 'restart', attempt: 2, delayMs: 2000 });
    const later = onDeath(state, 2000 + policy.stableAfterMs, policy);
    expect(later.decision).toEqual({ action: 'restart', attempt: 1, delayMs: 1000 });
  });

  it('maxAttempts 0 never restarts', () => {
    const next = onDeath(onUp(FRESH_RESTART_STATE, 0), 1, { ...policy, maxAttempts: 0 });
    expect(next.decision).toEqual({ action: 'give-up', attempts: 0 });
  });

  it('NEO4J_RESTART_ATTEMPTS sets the attempts (default 5, as the default policy)', () => {
    expect(parseConfig({}).neo4jRestartAttempts).toBe(DEFAULT_RESTART_POLICY.maxAttempts);
    expect(parseConfig({ NEO4J_RESTART_ATTEMPTS: '2' }).neo4jRestartAttempts).toBe(2);
  });
});
