import "server-only";

// The built-in midjourney-proxy simulator: the studio's upstream when MJ_API_BASE is unset.

import { env } from "@/env.mjs";

export { handleSimRequest } from "./router";
export { configureSimulator, stopTicker } from "./runtime";
export { getSettings as getSimulatorSettings, updateSettings as updateSimulatorSettings } from "./settings";
export type { SimProfile, SimSettings } from "./types";

/** Base URL the studio's upstream client uses in simulator mode (it appends `/mj/...`). */
export function simulatorBaseUrl(): string {
  return `http://127.0.0.1:${env.PORT}/sim`;
}

/** The simulator only exists when no real upstream is configured. */
export function isSimulatorEnabled(): boolean {
  return !env.MJ_API_BASE;
}
