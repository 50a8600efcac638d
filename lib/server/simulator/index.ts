import "server-only";

// The built-in midjourney-proxy simulator: the studio's upstream when neither MJ_API_BASE nor an admin-saved base
// URL names a real one. It answers only while it is that upstream (simulatorInUse) and only to the studio.

import { env } from "@/env.mjs";

export { simulatorInUse } from "@/lib/server/settings/upstream-settings";

export { handleSimRequest } from "./router";
export { configureSimulator, stopTicker } from "./runtime";
export { getSettings as getSimulatorSettings, updateSettings as updateSimulatorSettings } from "./settings";
export type { SimProfile, SimSettings } from "./types";

/** Base URL the studio's upstream client uses in simulator mode (it appends `/mj/...`). */
export function simulatorBaseUrl(): string {
  return `http://127.0.0.1:${env.PORT}/sim`;
}
