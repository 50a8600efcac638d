import "server-only";

import type { SimProfile } from "./types";

// What the simulator needs from whoever mounts it. It is a fake upstream beside the studio, not part of it, so it
// reads no studio config itself: the studio's route (app/sim/[...path]/route.ts) hands all of this in.

export interface SimulatorConfig {
  /** The simulator keeps its task database and images under this directory. */
  dataDir: string;
  /** How the studio reaches /sim; background callbacks build image links from it until a request shows the origin. */
  baseUrl: string;
  profile: SimProfile;
  durationMs: number;
  concurrency: number;
  queueSize: number;
  imageTtlSeconds: number;
}

export interface SimulatorHost {
  /** Whether the simulator is the upstream in use; when not, every /sim path is a 404. */
  isInUse: () => boolean | Promise<boolean>;
  /** The key every API and control call must carry (the studio alone knows it). */
  secret: () => string;
  /** The studio's own notify route; the only hook callbacks go to (undefined: none). */
  callbackUrl: () => string | undefined;
  /**
   * Notify routes of other studios that use this simulator as their upstream, as the operator configured them
   * (SIM_NOTIFY_ORIGINS). Callbacks go there too; any query (their token) is theirs to check.
   */
  otherStudioHooks?: () => string[];
  config: SimulatorConfig;
}

// On globalThis, like the runtime, so a dev hot reload of one module still sees the host the route installed.
const holder = globalThis as unknown as { __mjSimHost?: SimulatorHost };

export function installHost(host: SimulatorHost): void {
  holder.__mjSimHost = host;
}

export function currentHost(): SimulatorHost {
  if (!holder.__mjSimHost) throw new Error("[simulator] used before createSimulator()");
  return holder.__mjSimHost;
}
