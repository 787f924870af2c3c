import { describe, expect, it } from 'vitest';
import { eventCursor, eventSeq, touches } from '../../domain/events.js';

describe('event cursors', () => {
  it('round-trip and refuse cursors of other lists', () => {
    expect(eventSeq(eventCursor(42))).toBe(42);
    expect(eventSeq(null)).toBe(0);
    for (const bad of [Buffer.from('offset:3').toString('base64url'), 'not base64 !', eventCursor(-1)])
      expect(() => eventSeq(bad)).toThrow(/not a cursor of this list/);
  });
});

describe('touches', () => {
  const event = {
    about: ['ev1', 'st1'],
    statementIds: ['st1'],
    entityIds: ['HGNC:1527', 'HGNC:905'],
    diseaseIds: ['MONDO:1'],
  };
  it('matches any watched id and nothing else', () => {
    expect(touches(event, { statement: 'st1' })).toBe(true);
    expect(touches(event, { entity: 'HGNC:905' })).toBe(true);
    expect(touches(event, { disease: 'MONDO:1' })).toBe(true);
    expect(touches(event, { entity: 'HGNC:1', statement: 'st2', disease: 'MONDO:2' })).toBe(false);
    expect(touches(event, {})).toBe(false);
  });
});
