import { describe, expect, it } from 'vitest';
import type { User } from '../../domain/auth.js';
import {
  auditSnapshot,
  changesDirection,
  checkVersion,
  retraction,
  review,
  revision,
  type EvidenceState,
} from '../../domain/evidence-lifecycle.js';

const curator: User = { id: 'ana', role: 'CURATOR' };
const otherCurator: User = { id: 'bo', role: 'CURATOR' };
const editor: User = { id: 'eve', role: 'EDITOR' };
const admin: User = { id: 'root', role: 'ADMIN' };
const ev = (status: string, extra: Partial<EvidenceState> = {}): EvidenceState => ({
  id: 'ev-1',
  curator: 'ana',
  status,
  version: 3,
  direction: 'SUPPORTS',
  ...extra,
});
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { extensions?: { code?: string } }).extensions?.code;
  }
  return 'OK';
};

describe('checkVersion', () => {
  it('passes the version read, and is a CONFLICT naming the current one otherwise', () => {
    expect(code(() => checkVersion(ev('SUBMITTED'), 3))).toBe('OK');
    expect(code(() => checkVersion(ev('SUBMITTED'), 2))).toBe('CONFLICT');
    expect(() => checkVersion(ev('SUBMITTED'), 2)).toThrow('Evidence ev-1 is at version 3, not 2');
  });
});

describe('revision', () => {
  it('by its curator or an admin, back to SUBMITTED with the given fields', () => {
    expect(revision(curator, ev('ACCEPTED'), { sentence: '  A new sentence.  ', level: null, rating: 4 })).toEqual({
      sentence: 'A new sentence.',
      rating: 4,
      status: 'SUBMITTED',
      reviewedBy: null,
      reviewComment: null,
      lastEditor: 'ana',
    });
    expect(revision(admin, ev('REJECTED'), {}).lastEditor).toBe('root');
  });

  it('not by others, and never once retracted', () => {
    expect(code(() => revision(otherCurator, ev('SUBMITTED'), {}))).toBe('FORBIDDEN');
    expect(code(() => revision(editor, ev('SUBMITTED'), {}))).toBe('FORBIDDEN');
    expect(code(() => revision(curator, ev('RETRACTED'), {}))).toBe('CONFLICT');
  });

  it('leaves significance and evidence type a matching pair, the recorded one filling in', () => {
    const predictive = ev('ACCEPTED', { evidenceType: 'PREDICTIVE', significance: 'RESISTANCE' });
    expect(code(() => revision(curator, predictive, { significance: 'POOR_OUTCOME' }))).toBe('BAD_USER_INPUT');
    expect(code(() => revision(curator, predictive, { evidenceType: 'DIAGNOSTIC' }))).toBe('BAD_USER_INPUT');
    expect(revision(curator, predictive, { significance: 'REDUCED_SENSITIVITY' }).significance).toBe(
      'REDUCED_SENSITIVITY',
    );
    expect(revision(curator, predictive, { evidenceType: 'PROGNOSTIC', significance: 'POOR_OUTCOME' })).toMatchObject({
      evidenceType: 'PROGNOSTIC',
      significance: 'POOR_OUTCOME',
    });
    // Without a recorded type, any significance goes (the seed's MECHANISTIC evidence has none).
    expect(revision(curator, ev('ACCEPTED'), { significance: 'MECHANISTIC' }).significance).toBe('MECHANISTIC');
  });

  it('knows when the direction changes', () => {
    const e = ev('ACCEPTED');
    expect(changesDirection(e, revision(curator, e, { direction: 'REFUTES' }))).toBe(true);
    expect(changesDirection(e, revision(curator, e, { direction: 'SUPPORTS' }))).toBe(false);
    expect(changesDirection(e, revision(curator, e, {}))).toBe(false);
  });
});

describe('review', () => {
  it('accepts or rejects a submission of someone else', () => {
    expect(review(editor, ev('SUBMITTED'), 'ACCEPT', null)).toEqual({
      status: 'ACCEPTED',
      reviewedBy: 'eve',
      reviewComment: null,
    });
    expect(review(editor, ev('SUBMITTED'), 'REJECT', 'no figure').status).toBe('REJECTED');
  });

  it('never one’s own, and only from SUBMITTED', () => {
    expect(code(() => review({ id: 'ana', role: 'EDITOR' }, ev('SUBMITTED'), 'ACCEPT', null))).toBe('FORBIDDEN');
    for (const status of ['ACCEPTED', 'REJECTED', 'RETRACTED'])
      expect(code(() => review(editor, ev(status), 'ACCEPT', null))).toBe('CONFLICT');
  });

  it('four eyes for every role: whoever changed the content last may not review it', () => {
    const revised = { ...ev('SUBMITTED'), ...revision(admin, ev('ACCEPTED'), { rating: 5 }) } as EvidenceState;
    expect(revised.lastEditor).toBe('root');
    expect(code(() => review(admin, revised, 'ACCEPT', null))).toBe('FORBIDDEN');
    expect(code(() => review(admin, revised, 'REJECT', 'no'))).toBe('FORBIDDEN');
    expect(code(() => review(editor, revised, 'ACCEPT', null))).toBe('OK');
    // The submitting curator stays excluded after someone else's revision.
    expect(code(() => review({ id: 'ana', role: 'ADMIN' }, revised, 'ACCEPT', null))).toBe('FORBIDDEN');
    // An admin may accept what somebody else submitted and nobody revised.
    expect(code(() => review(admin, ev('SUBMITTED'), 'ACCEPT', null))).toBe('OK');
  });
});

describe('retraction', () => {
  it('by its curator or an editor, once', () => {
    expect(retraction(curator, ev('ACCEPTED'), 'wrong figure')).toEqual({
      status: 'RETRACTED',
      retractionReason: 'wrong figure',
      retractedBy: 'ana',
    });
    expect(code(() => retraction(editor, ev('SUBMITTED'), 'x'))).toBe('OK');
    expect(code(() => retraction(otherCurator, ev('SUBMITTED'), 'x'))).toBe('FORBIDDEN');
    expect(code(() => retraction(curator, ev('RETRACTED'), 'x'))).toBe('CONFLICT');
  });
});

describe('auditSnapshot', () => {
  it('keeps the audited properties that are present', () => {
    expect(auditSnapshot({ status: 'ACCEPTED', version: 2, curator: 'ana', rating: undefined, note: 'n' })).toEqual({
      status: 'ACCEPTED',
      version: 2,
    });
  });
});
