/** Prometheus metrics (prom-client): requests, latency by operation, errors by code, Neo4j sessions. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export function createMetrics(sessionsInUse: () => number, maxPool: number) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'resistkg_' });
  const requests = new Counter({
    name: 'resistkg_graphql_requests_total',
    help: 'GraphQL requests by operation and outcome',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'resistkg_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'resistkg_graphql_errors_total',
    help: 'GraphQL errors by code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const responseCache = new Counter({
    name: 'resistkg_response_cache_requests_total',
    help: 'Cacheable read operations by result: hit (answered from the cache) or miss',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'resistkg_neo4j_sessions_in_use',
    help: 'Neo4j sessions (connections) in use',
    registers: [registry],
    collect() {
      this.set(sessionsInUse());
    },
  });
  new Gauge({ name: 'resistkg_neo4j_pool_max', help: 'Neo4j connection pool size', registers: [registry] }).set(
    maxPool,
  );
  return { registry, requests, latency, errors, responseCache };
}

export type Metrics = ReturnType<typeof createMetrics>;
