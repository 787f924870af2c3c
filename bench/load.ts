/**
 * One measurement: a fixed number of connections sending requests back to back for a fixed time
 * (autocannon), each request asking about the next input of the pool. A response counts as an
 * error when its status is not 200, when it times out, or when `verify` rejects its body (GraphQL
 * errors arrive with status 200), so errors are never counted as fast answers.
 */
import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  bodies: string[];
  connections: number;
  seconds: number;
  verify: (body: string) => boolean;
  timeoutSeconds?: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  let next = 0;
  const latencies: number[] = [];
  let ok = 0;
  let finish: (r: autocannon.Result) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve) => (finish = resolve));
  const instance = autocannon(
    {
      url: o.url,
      connections: o.connections,
      duration: o.seconds,
      timeout: o.timeoutSeconds ?? 30,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          setupRequest: (req) => ({ ...req, body: o.bodies[next++ % o.bodies.length] }),
          onResponse: (status, body) => {
            if (status === 200 && o.verify(body)) ok++;
          },
        },
      ],
    },
    (err, result) => (err ? finish({ ...result, errors: result?.errors ?? 1 }) : finish(result)),
  );
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await done;
  latencies.sort((a, b) => a - b);
  const requests = result.requests.total;
  const seconds = result.duration;
  return {
    requests,
    // Wrong answers, plus connection errors and timeouts (which never produced a response).
    errors: Math.max(0, requests - ok) + result.errors,
    rps: ok / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}
