import { describe, expect, it } from 'vitest';
import { isoDateTime } from '../../db/values.js';

describe('isoDateTime', () => {
  it('writes driver DateTimes as Cypher toString() does', () => {
    expect(isoDateTime('2026-11-30T00:36:34.808000000Z')).toBe('2026-11-30T00:36:34.808Z');
    expect(isoDateTime('2026-11-30T00:36:34.808123000Z')).toBe('2026-11-30T00:36:34.808123Z');
    expect(isoDateTime('2026-11-30T00:36:34.808123456Z')).toBe('2026-11-30T00:36:34.808123456Z');
    expect(isoDateTime('2026-11-30T00:36:34.000000000Z')).toBe('2026-11-30T00:36:34Z');
    expect(isoDateTime('2026-11-30T00:36:34Z')).toBe('2026-11-30T00:36:34Z');
    expect(isoDateTime('2026-11-30T02:36:34.500000000+02:00')).toBe('2026-11-30T02:36:34.500+02:00');
  });
});
