import { describe, expect, it } from 'vitest';
import { Deadline } from '../../domain/deadline.js';

function clock(start = 1000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('Deadline', () => {
  it('gives each transaction the smaller of its own timeout and what the request has left', () => {
    const c = clock();
    const d = new Deadline(5000, c.now);
    expect(d.timeoutFor(15000)).toBe(5000);
    expect(d.timeoutFor(2000)).toBe(2000);
    c.advance(4200.6);
    expect(d.remainingMs()).toBe(799);
    expect(d.timeoutFor(15000)).toBe(799);
    expect(d.expired).toBe(false);
  });

  it('expires when less than a millisecond is left, and never reports negative time', () => {
    const c = clock();
    const d = new Deadline(100, c.now);
    c.advance(99.5);
    expect(d.expired).toBe(true);
    c.advance(1000);
    expect(d.remainingMs()).toBe(0);
  });

  it('cancels once, aborting its signal with the reason', () => {
    const d = new Deadline(1000);
    const seen: unknown[] = [];
    d.signal.addEventListener('abort', () => seen.push(d.signal.reason));
    expect(d.cancelled).toBe(false);
    d.cancel('client closed the connection');
    d.cancel('again');
    expect(d.cancelled).toBe(true);
    expect(seen).toEqual(['client closed the connection']);
  });

  it('calls each cancel listener once, not after it is forgotten, and a late signal is already aborted', () => {
    const d = new Deadline(1000);
    const seen: string[] = [];
    d.onCancel(() => seen.push('a'));
    const forget = d.onCancel(() => seen.push('b'));
    forget();
    d.cancel('gone');
    d.cancel('again');
    expect(seen).toEqual(['a']);
    expect(d.signal.aborted).toBe(true);
    expect(d.signal.reason).toBe('gone');
  });
});
