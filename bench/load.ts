/**
 * One measurement. Closed loop (runLoad): a fixed number of connections sending requests back to
 * back for a fixed time (autocannon). Open loop (runOpenLoop): requests sent at a fixed arrival rate
 * whatever the answers do, each timed from when it was due, so the latency is the server's and not
 * the load generator's queue. Either way, request k asks about input (offset + k) of the pool,
 * from a random offset, so a slow server sees a random sample of the pool and not only its first
 * inputs; per input, the mean latency is kept and `msPerInput` weighs every input seen equally.
 * A response counts as an error when its status is not 200, when it times out, or when `verify`
 * rejects its body (GraphQL errors arrive with status 200), so errors never count as fast answers.
 * `processes` (name → pid) get their CPU time measured over the run (cpu.ts).
 */
import http from 'node:http';
import autocannon from 'autocannon';
import { cpuSince, cpuStart, type CpuUse } from './cpu.js';

export interface LoadOptions {
  url: string;
  bodies: string[];
  connections: number;
  seconds: number;
  verify: (body: string) => boolean;
  timeoutSeconds?: number;
  /** Processes whose CPU time to measure, by name. */
  processes?: Record<string, number>;
}

export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Distinct inputs answered, of how many, and the mean of their mean latencies (ms). */
  inputs: { seen: number; of: number; msPerInput: number };
  /** CPU milliseconds per successful request, by process (the load generator is `load`). */
  cpuMsPerRequest: Record<string, number>;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Latencies overall and per input. */
class Tally {
  readonly latencies: number[] = [];
  private readonly byInput = new Map<number, { n: number; ms: number }>();
  ok = 0;
  constructor(private readonly of: number) {}
  add(input: number, ms: number): void {
    this.latencies.push(ms);
    const t = this.byInput.get(input) ?? { n: 0, ms: 0 };
    t.n++;
    t.ms += ms;
    this.byInput.set(input, t);
  }
  result(requests: number, errors: number, seconds: number, cpu: CpuUse): LoadResult {
    this.latencies.sort((a, b) => a - b);
    const means = [...this.byInput.values()].map((t) => t.ms / t.n);
    return {
      requests,
      errors,
      rps: this.ok / seconds,
      p50: percentile(this.latencies, 50),
      p95: percentile(this.latencies, 95),
      p99: percentile(this.latencies, 99),
      inputs: { seen: means.length, of: this.of, msPerInput: means.reduce((a, b) => a + b, 0) / (means.length || 1) },
      cpuMsPerRequest: Object.fromEntries(
        Object.entries(cpuSince(cpu)).map(([k, ms]) => [k, this.ok ? Math.round((ms / this.ok) * 100) / 100 : NaN]),
      ),
    };
  }
}

const randomOffset = (n: number) => Math.floor(Math.random() * n);

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const n = o.bodies.length;
  let next = randomOffset(n);
  const tally = new Tally(n);
  let answered = -1;
  let finish: (r: autocannon.Result) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve) => (finish = resolve));
  const cpu = cpuStart(o.processes ?? {});
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
          setupRequest: (req, context) => {
            const input = next++ % n;
            (context as { input?: number }).input = input;
            return { ...req, body: o.bodies[input] };
          },
          // Runs just before the 'response' event of the same request (autocannon's httpClient).
          onResponse: (status, body, context) => {
            answered = status === 200 && o.verify(body) ? (context as { input: number }).input : -1;
            if (answered >= 0) tally.ok++;
          },
        },
      ],
    },
    (err, result) => (err ? finish({ ...result, errors: result?.errors ?? 1 }) : finish(result)),
  );
  instance.on('response', (_client, _status, _bytes, ms) => {
    if (answered >= 0) tally.add(answered, ms);
  });
  const result = await done;
  const requests = result.requests.total;
  // Wrong answers, plus connection errors and timeouts (which never produced a response).
  return tally.result(requests, Math.max(0, requests - tally.ok) + result.errors, result.duration, cpu);
}

/** `rate` requests per second for `seconds`, each on a free keep-alive connection or a new one. */
export async function runOpenLoop(o: Omit<LoadOptions, 'connections'> & { rate: number }): Promise<LoadResult> {
  const n = o.bodies.length;
  const offset = randomOffset(n);
  const tally = new Tally(n);
  const url = new URL(o.url);
  const agent = new http.Agent({ keepAlive: true });
  const timeout = (o.timeoutSeconds ?? 30) * 1000;
  const total = Math.max(1, Math.round(o.rate * o.seconds));
  const cpu = cpuStart(o.processes ?? {});
  const started = performance.now();
  const send = (k: number, due: number) =>
    new Promise<void>((resolve) => {
      const input = (offset + k) % n;
      const req = http.request(
        url,
        { method: 'POST', agent, timeout, headers: { 'content-type': 'application/json' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            if (res.statusCode === 200 && o.verify(Buffer.concat(chunks).toString('utf8'))) {
              tally.ok++;
              tally.add(input, performance.now() - due);
            }
            resolve();
          });
          res.on('error', () => resolve());
        },
      );
      req.on('timeout', () => req.destroy());
      req.on('error', () => resolve());
      req.end(o.bodies[input]);
    });
  const pending: Promise<void>[] = [];
  for (let k = 0; k < total; k++) {
    const due = started + (k * 1000) / o.rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(send(k, due));
  }
  await Promise.all(pending);
  agent.destroy();
  return tally.result(total, total - tally.ok, o.seconds, cpu);
}
