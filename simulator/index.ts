import "server-only";

import { installHost, type SimulatorHost } from "./host";
import { handleSimRequest } from "./router";

// The built-in midjourney-proxy simulator: the studio's upstream when neither MJ_API_BASE nor an admin-saved base
// URL names a real one. It answers only while it is that upstream and only to the studio, which supplies
// everything it needs (see SimulatorHost) from app/sim/[...path]/route.ts.

export type { SimulatorConfig, SimulatorHost } from "./host";
export type { SimProfile } from "./types";

export interface Simulator {
  /** Answers one request under /sim. */
  handle: (request: Request) => Promise<Response>;
}

export function createSimulator(host: SimulatorHost): Simulator {
  installHost(host);
  return {
    async handle(request) {
      // Once an admin (or MJ_API_BASE) names a real upstream, the simulator is gone rather than a spare service.
      if (!(await host.isInUse())) return new Response("Not Found", { status: 404 });
      return handleSimRequest(request);
    },
  };
}
