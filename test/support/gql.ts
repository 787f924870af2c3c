/** Runs an operation in-process through Apollo (executeOperation) with a fresh request context. */
import type { App } from '../../server/app.js';

export interface GqlResult<T = any> {
  data: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  queries: number;
}

export async function gql<T = any>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
): Promise<GqlResult<T>> {
  const contextValue = app.context();
  const res = await app.apollo.executeOperation({ query, variables, operationName }, { contextValue });
  if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
  const { data, errors } = res.body.singleResult;
  return { data: data as T, errors: errors as GqlResult['errors'], queries: contextValue.counter.queries };
}

/** The JSON body of an HTTP GraphQL response (tests read into it freely). */
export const jsonBody = (res: Response): Promise<any> => res.json();
