import "server-only";

import pg from "pg";

// Helpers for the dedicated (unpooled) connections the cluster keeps: the election's and the listener's. Both
// hold session state (an advisory lock, a LISTEN) that belongs to one server connection, which is why neither can
// go through a pool (nor through PgBouncer in transaction mode, docs/architecture.md "Several instances").

/** How long a liveness query may take before the connection is treated as gone. */
export const PING_TIMEOUT_MS = 3_000;

/**
 * Server-side TCP keep-alives for these sessions: probe after 5 s of silence, every 2 s, give up after 3 (~11 s).
 * The server otherwise keeps a session whose host vanished (power loss, a cut network: no FIN, no RST ever comes)
 * for the OS default of 2+ hours, and with it the tracker lock, so no instance could take over. ~11 s stays longer
 * than the 5 s (retry + ping timeout) after which the holder deposes itself, so it stops before another starts.
 * Plain user-settable settings (no superuser needed); ignored on Unix-socket connections.
 */
export const SERVER_KEEPALIVE_OPTIONS =
  "-c tcp_keepalives_idle=5 -c tcp_keepalives_interval=2 -c tcp_keepalives_count=3";

/**
 * A client that tells `onLost` once, the first time it errors or ends. TCP keep-alive makes a silently dead
 * network show up eventually; the pings below make it show up within seconds.
 */
export function dedicatedClient(
  connectionString: string,
  onLost: (reason: string) => void,
  applicationName = "mj-studio-cluster",
): pg.Client {
  const client = new pg.Client({
    connectionString,
    keepAlive: true,
    application_name: applicationName,
    options: SERVER_KEEPALIVE_OPTIONS,
  });
  let told = false;
  const tell = (reason: string) => {
    if (told) return;
    told = true;
    onLost(reason);
  };
  client.on("error", (error) => tell(error.message));
  client.on("end", () => tell("connection ended"));
  return client;
}

/** Resolves whether the connection answered a trivial query in time. */
export async function ping(client: pg.Client, timeoutMs = PING_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([client.query("SELECT 1").then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Ends a client without waiting for a server that may never answer. */
export function dropClient(client: pg.Client | null): void {
  if (!client) return;
  client.removeAllListeners("notification");
  // A dead client's end() may reject or never settle; nothing waits on it. An "error" after this is expected.
  client.on("error", () => undefined);
  client.end().catch(() => undefined);
}
