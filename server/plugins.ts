/**
 * Apollo plugins for cross-cutting concerns: query limits, one JSON log line per request (request
 * id, operation, duration, outcome), and request metrics.
 */
import type { ApolloServerPlugin } from '@apollo/server';
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

export function observabilityPlugin(logger: Logger, metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, response, errors, contextValue: ctx }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const operation = operationName ?? 'anonymous';
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const codes = (single?.errors ?? errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL'));
          const outcome = codes.length ? 'error' : 'ok';
          metrics.requests.inc({ operation, outcome });
          metrics.latency.observe({ operation }, seconds);
          for (const code of codes) metrics.errors.inc({ code });
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
