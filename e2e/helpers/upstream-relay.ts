// A counting relay in front of the standalone simulator, one per studio instance. The simulator's own counters
// (/sim/__stats) say how many reads the upstream received in all; the relays say WHICH instance sent them, so a
// spec can tell "one tracker reads" from "each instance reads its share". Everything is passed through as is,
// Host included (the simulator builds its image links from it, so image downloads come back through the relay).
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface RelayCounts {
  /** Batched reads: POST …/mj/task/list-by-condition. */
  lists: number;
  /** Single reads: GET …/mj/task/<id>/fetch. */
  fetches: number;
  /** POST …/mj/submit/… */
  submits: number;
}

export interface UpstreamRelay {
  /** What the instance gets as MJ_API_BASE. */
  apiBase: string;
  counts(): RelayCounts;
  close(): Promise<void>;
}

function kindOf(method: string, url: string): keyof RelayCounts | null {
  const pathname = url.split("?")[0] ?? "";
  if (method === "POST" && pathname.endsWith("/mj/task/list-by-condition")) return "lists";
  if (method === "GET" && /\/mj\/task\/[^/]+\/fetch$/.test(pathname)) return "fetches";
  if (method === "POST" && pathname.includes("/mj/submit/")) return "submits";
  return null;
}

export async function startUpstreamRelay(targetPort: number): Promise<UpstreamRelay> {
  const counts: RelayCounts = { lists: 0, fetches: 0, submits: 0 };
  const server = http.createServer((req, res) => {
    const kind = kindOf(req.method ?? "GET", req.url ?? "/");
    if (kind) counts[kind] += 1;
    const forward = http.request(
      { host: "127.0.0.1", port: targetPort, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    // The simulator is down or hung up: the instance sees what a dead upstream looks like.
    forward.on("error", () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    apiBase: `http://127.0.0.1:${port}/sim`,
    counts: () => ({ ...counts }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Reads (batched or single) between two snapshots of one relay's counts. */
export function readsBetween(before: RelayCounts, after: RelayCounts): number {
  return after.lists - before.lists + (after.fetches - before.fetches);
}
