/**
 * CPU time of processes over a measurement: utime + stime from /proc/<pid>/stat (Linux) for the
 * servers and Neo4j, process.cpuUsage() for the load generator (this process, `load`).
 */
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU milliseconds a process has used so far, or NaN when it cannot be read (not Linux, gone). */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), from field 3: utime is 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

export interface CpuUse {
  pids: Record<string, number>;
  before: Record<string, number>;
  load: NodeJS.CpuUsage;
}

export function cpuStart(pids: Record<string, number>): CpuUse {
  return {
    pids,
    before: Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, cpuMs(pid)])),
    load: process.cpuUsage(),
  };
}

/** CPU milliseconds used since cpuStart, by process name, and `load` for this process. */
export function cpuSince(start: CpuUse): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, pid] of Object.entries(start.pids)) out[k] = cpuMs(pid) - start.before[k]!;
  const load = process.cpuUsage(start.load);
  out.load = (load.user + load.system) / 1000;
  return out;
}
