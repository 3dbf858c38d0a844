// @ts-check
// Peak memory of a whole process tree (the build and every worker Next spawns), sampled from /proc.
import { readdirSync, readFileSync } from 'node:fs';

/** @returns {Map<number, number[]>} each running process's children, from /proc/<pid>/stat */
function childrenByParent() {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields resume after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return children;
}

/** @param {number} pid @returns {number} resident bytes, 0 once the process is gone */
function residentBytes(pid) {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * The resident memory of `pid` and all its descendants, summed: an upper bound on what the tree
 * needs (pages shared between processes are counted once per process).
 * @param {number} pid
 */
export function treeResidentBytes(pid) {
  const children = childrenByParent();
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = /** @type {number} */ (stack.pop());
    total += residentBytes(current);
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

/**
 * Samples the tree under `pid` every `intervalMs` until stopped; `stop()` returns the peak in bytes.
 * @param {number} pid
 */
export function samplePeakMemory(pid, intervalMs = 200) {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeResidentBytes(pid));
  }, intervalMs);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
