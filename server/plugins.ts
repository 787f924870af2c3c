/**
 * Apollo plugins for cross-cutting concerns: query limits, the status code of request errors, write
 * bookmarks for the client, one
 * JSON log line per request (request id, operation, duration, outcome), and request metrics.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { BOOKMARK_HEADER } from '../domain/bookmarks.js';
import { preferredResponseType } from '../domain/media-type.js';
import type { Context } from '../resolvers/context.js';
import { checkLimits, type Limits } from './limits.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

export function limitsPlugin(limits: Limits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation) checkLimits(schema, document, operation, request.variables ?? {}, limits);
        },
      };
    },
  };
}

/** Apollo's codes for a well-formed request whose document or variables are wrong. */
const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * GraphQL over HTTP: a response in `application/json` (asked for, or no Accept header) SHOULD be 200
 * for every well-formed request, whatever GraphQL request error it raises; Apollo answers 400 to
 * parse, validation, operation-name and variable-coercion failures whatever the Accept header. This
 * turns those 400s into 200 `application/json` (the content type is set here, so status and type
 * agree), and leaves `application/graphql-response+json` at 400 as that media type requires. Malformed
 * HTTP requests (no query, variables not an object, a mutation by GET), Apollo's CSRF refusals and our
 * own limits (QUERY_TOO_COMPLEX) keep their 4xx.
 */
export function httpStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, errors }) {
          if (!request.http || response.http.status !== 400 || !errors?.length) return;
          if (response.body.kind !== 'single' || response.body.singleResult.data !== undefined) return;
          const coercion = (code: unknown) => code === undefined || code === 'BAD_USER_INPUT';
          if (!errors.every((e) => REQUEST_ERRORS.has(String(e.extensions?.code)) || coercion(e.extensions?.code)))
            return;
          if (preferredResponseType(request.http.headers.get('accept')) !== 'application/json') return;
          response.http.status = 200;
          response.http.headers.set('content-type', 'application/json; charset=utf-8');
        },
      };
    },
  };
}

/**
 * Read-your-writes across API processes: a request that committed writes answers with their
 * bookmark (the `Resistkg-Bookmark` header and `extensions.bookmark`); a client that sends it back
 * on later requests reads at least that write, whichever process or cluster member serves them.
 */
export function bookmarkPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const bookmarks = contextValue.receipt.bookmarks;
          if (!bookmarks.length) return;
          response.http.headers.set(BOOKMARK_HEADER, bookmarks.join(','));
          if (response.body.kind === 'single')
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              bookmark: bookmarks.join(','),
            };
        },
      };
    },
  };
}

const rootFieldNames = new WeakMap<GraphQLSchema, Set<string>>();

/**
 * The `operation` label of the metrics. Operation names are chosen by clients, and every distinct
 * label value is a new Prometheus series kept for the life of the process, so a client could grow
 * /metrics without bound. The label therefore takes only values from a set the schema bounds: the
 * operation name when it is the name of a root field of the schema (`query gene { ... }`; at most as
 * many values as the schema has root fields), `anonymous` without a name, and `other` for every other
 * name. We chose this over a configured allow-list because it needs no setting and cannot drift from
 * the schema; a client that wants its own series names its operation after the root field it asks
 * for. The log line keeps the name as sent (logs are not series).
 */
export function operationLabel(schema: GraphQLSchema, operationName: string | null | undefined): string {
  if (!operationName) return 'anonymous';
  let names = rootFieldNames.get(schema);
  if (!names) {
    names = new Set(
      [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((t) =>
        t ? Object.keys(t.getFields()) : [],
      ),
    );
    rootFieldNames.set(schema, names);
  }
  return names.has(operationName) ? operationName : 'other';
}

export function observabilityPlugin(logger: Logger, metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ schema, operationName, response, errors, contextValue: ctx }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const operation = operationName ?? 'anonymous';
          const label = operationLabel(schema, operationName);
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const codes = (single?.errors ?? errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL'));
          const outcome = codes.length ? 'error' : 'ok';
          metrics.requests.inc({ operation: label, outcome });
          metrics.latency.observe({ operation: label }, seconds);
          for (const code of codes) metrics.errors.inc({ code });
          // At LOG_LEVEL warn and above (production) the line is not built at all.
          if (logger.isLevelEnabled('info'))
            logger.info(
              {
                requestId: (ctx ?? contextValue).requestId,
                operation,
                durationMs: Math.round(seconds * 1000 * 10) / 10,
                outcome,
                errors: codes.length ? codes : undefined,
                queries: (ctx ?? contextValue).counter.queries,
                user: (ctx ?? contextValue).user?.id,
              },
              'graphql request',
            );
        },
      };
    },
  };
}
