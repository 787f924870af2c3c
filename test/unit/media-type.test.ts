import { describe, expect, it } from 'vitest';
import { preferredResponseType } from '../../domain/media-type.js';

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

describe('preferredResponseType', () => {
  it('is application/json without an Accept header, or for any type', () => {
    expect(preferredResponseType(undefined)).toBe(JSON_TYPE);
    expect(preferredResponseType('')).toBe(JSON_TYPE);
    expect(preferredResponseType('*/*')).toBe(JSON_TYPE);
    expect(preferredResponseType('application/*')).toBe(JSON_TYPE);
  });

  it('takes the one type asked for, with or without parameters', () => {
    expect(preferredResponseType(JSON_TYPE)).toBe(JSON_TYPE);
    expect(preferredResponseType(GRAPHQL_RESPONSE)).toBe(GRAPHQL_RESPONSE);
    expect(preferredResponseType('application/graphql-response+json; charset=utf-8')).toBe(GRAPHQL_RESPONSE);
    expect(preferredResponseType('Application/JSON;charset=utf-8')).toBe(JSON_TYPE);
  });

  it('prefers the higher q, then the more specific match, then the range listed first', () => {
    expect(preferredResponseType(`${JSON_TYPE};q=0.5, ${GRAPHQL_RESPONSE}`)).toBe(GRAPHQL_RESPONSE);
    expect(preferredResponseType(`${GRAPHQL_RESPONSE};q=0.9, ${JSON_TYPE}`)).toBe(JSON_TYPE);
    expect(preferredResponseType(`${GRAPHQL_RESPONSE}, ${JSON_TYPE}`)).toBe(GRAPHQL_RESPONSE);
    expect(preferredResponseType(`${JSON_TYPE}, ${GRAPHQL_RESPONSE}`)).toBe(JSON_TYPE);
    expect(preferredResponseType(`*/*, ${GRAPHQL_RESPONSE}`)).toBe(GRAPHQL_RESPONSE);
    expect(preferredResponseType(`${GRAPHQL_RESPONSE};q=0.8, */*;q=0.9`)).toBe(JSON_TYPE);
  });

  it('is null when neither type is acceptable', () => {
    expect(preferredResponseType('text/html')).toBeNull();
    expect(preferredResponseType(`${JSON_TYPE};q=0, text/html`)).toBeNull();
    expect(preferredResponseType(`*/*, ${JSON_TYPE};q=0, ${GRAPHQL_RESPONSE};q=0`)).toBeNull();
  });
});
