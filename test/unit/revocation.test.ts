/** The in-memory deny list (server/revocation.ts): background reloads, failures keep the last list. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDenyList } from '../../server/revocation.js';
import type { Logger } from '../../server/logger.js';

function recordingLogger() {
  const lines: { level: string; msg: string }[] = [];
  const at = (level: string) => (_fields: unknown, msg: string) => lines.push({ level, msg });
  return { lines, logger: { warn: at('warn'), info: at('info'), debug: at('debug') } as unknown as Logger };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the deny list', () => {
  it('loads at start and again every interval, until stopped', async () => {
    let answer = ['a'];
    const load = vi.fn(async () => answer);
    const list = createDenyList({ load, intervalMs: 1000, logger: recordingLogger().logger });
    await list.start();
    expect(list.has('a')).toBe(true);
    answer = ['a', 'b'];
    expect(list.has('b')).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(list.has('b')).toBe(true);
    expect(load).toHaveBeenCalledTimes(2);
    list.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(load).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps the last list when a reload fails, warns once per outage, and recovers', async () => {
    let down = false;
    const load = async () => {
      if (down) throw new Error('Neo4j is unavailable');
      return ['x'];
    };
    const { lines, logger } = recordingLogger();
    const list = createDenyList({ load, intervalMs: 500, logger });
    await list.start();
    down = true;
    await vi.advanceTimersByTimeAsync(1500);
    expect(list.has('x')).toBe(true);
    expect(await list.refresh()).toBe(false);
    expect(lines.filter((l) => l.level === 'warn')).toEqual([
      { level: 'warn', msg: 'could not reload the revoked token ids; keeping the last list' },
    ]);
    down = false;
    await vi.advanceTimersByTimeAsync(500);
    expect(lines.at(-1)).toEqual({ level: 'info', msg: 'revoked token ids reloaded again' });
    list.stop();
  });

  it('starts with an empty list when the first load fails, and does not throw', async () => {
    const list = createDenyList({
      load: () => Promise.reject(new Error('down')),
      intervalMs: 500,
      logger: recordingLogger().logger,
    });
    await expect(list.start()).resolves.toBeUndefined();
    expect(list.has('x')).toBe(false);
    list.stop();
  });
});
