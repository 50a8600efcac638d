// CPU and memory figures of a process tree, read from Linux /proc (bench/load.mjs).
import { readdirSync, readFileSync } from "node:fs";

function childrenOf(pid) {
  const out = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {}
  }
  return out;
}

function descendants(pid) {
  const all = [];
  const stack = [pid];
  while (stack.length) {
    const next = childrenOf(stack.pop());
    all.push(...next);
    stack.push(...next);
  }
  return all;
}

/** scripts/start.mjs spawns npx, which spawns `next start`, which runs the server (its title says next-server). */
export function findServerPid(rootPid) {
  const tree = descendants(rootPid);
  const titled = tree.find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("next-server");
    } catch {
      return false;
    }
  });
  if (titled) return titled;
  // Else the descendant holding the most memory is the server.
  return tree.sort((a, b) => (rssOf(b) ?? 0) - (rssOf(a) ?? 0))[0];
}

export function statusField(pid, field) {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith(`${field}:`));
  return line ? Number(line.split(/\s+/)[1]) : null; // kB
}
const rssOf = (pid) => {
  try {
    return statusField(pid, "VmRSS");
  } catch {
    return null;
  }
};

/** Busy and total ticks of the whole machine (/proc/stat): how much of it other processes took during the run. */
export function machineTicks() {
  const [, ...f] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
  const n = f.map(Number);
  const idle = n[3] + n[4];
  const total = n.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

export function cpuTicks(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}
