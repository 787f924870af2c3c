/** Runs the real service (`server/main.ts`, as `npm start` does after building) in a child process. */
import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningService {
  child: ChildProcess;
  /** The embedded Neo4j's JVM, from the "listening" log line (null when NEO4J_URI names a database). */
  neo4jPid: number | null;
  /** Everything the service printed so far (stdout and stderr). */
  out(): string;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
}

/** Starts the service with `env` and waits (at most 3 minutes) until it says it is listening. */
export async function spawnService(env: NodeJS.ProcessEnv): Promise<RunningService> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  let out = '';
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const neo4jPid = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start:\n${out}`)), 180_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /"neo4jPid":(\d+|null).*resistkg listening/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] === 'null' ? null : Number(m[1]));
      }
    });
    void exited.then((code) => reject(new Error(`service exited with ${code}:\n${out}`)));
  }).catch((err: Error) => {
    child.kill('SIGKILL');
    throw err;
  });
  return { child, neo4jPid, out: () => out, exited };
}
