import { describe, expect, it } from 'vitest';
import { allInOrder } from '../../domain/settle.js';

const later = <T>(ms: number, v: T) => new Promise<T>((r) => setTimeout(() => r(v), ms));
const failLater = (ms: number, m: string) => new Promise<never>((_, j) => setTimeout(() => j(new Error(m)), ms));

describe('allInOrder', () => {
  it('gives the values in the order of the promises', async () => {
    await expect(allInOrder([later(5, 'a'), later(1, 2), Promise.resolve(null)])).resolves.toEqual(['a', 2, null]);
  });

  it('reports the first written failure, not the first to happen', async () => {
    await expect(allInOrder([later(1, 'ok'), failLater(10, 'first'), failLater(1, 'second')])).rejects.toThrow('first');
  });

  it('waits for every promise before failing, so no lookup is left running', async () => {
    let done = false;
    const slow = later(10, 'x').then((v) => ((done = true), v));
    await expect(allInOrder([Promise.reject(new Error('bad')), slow])).rejects.toThrow('bad');
    expect(done).toBe(true);
  });
});
