import "server-only";

import { installHost, type SimulatorHost } from "./host";
import type { SimTask } from "./types";

/** The key the tests' studio sends; any fixed string does, the simulator only compares. */
export const TEST_SECRET = "test-simulator-secret";

/** A studio stand-in for the unit tests: in use, a fixed secret, no callback, the env defaults as config. */
export function installTestHost(overrides: Partial<SimulatorHost> = {}): SimulatorHost {
  const host: SimulatorHost = {
    isInUse: () => true,
    secret: () => TEST_SECRET,
    callbackUrl: () => undefined,
    config: {
      dataDir: "./data/test",
      baseUrl: "http://127.0.0.1:3000/sim",
      profile: "native",
      durationMs: 15_000,
      concurrency: 3,
      queueSize: 10,
      imageTtlSeconds: 24 * 3600,
    },
    ...overrides,
  };
  installHost(host);
  return host;
}

// Shared by the unit tests: a minimal valid task record.
export function makeTask(id: string, overrides: Partial<SimTask> = {}): SimTask {
  return {
    id,
    action: "IMAGINE",
    status: "NOT_START",
    prompt: "a cat",
    promptEn: "a cat",
    finalPrompt: "a cat",
    description: "/imagine a cat",
    submitDescription: "Submit success",
    state: null,
    botType: "MID_JOURNEY",
    notifyHook: null,
    submitTime: 0,
    queuedAt: 0,
    startTime: null,
    finishTime: null,
    progress: null,
    failReason: null,
    durationMs: 1000,
    plan: { outcome: "success" },
    parentId: null,
    customId: null,
    modalKind: null,
    version: "v7",
    imageKind: "grid",
    render: {
      layout: "grid",
      paletteSeed: 1,
      seed: 2,
      quadrant: null,
      aspect: { w: 1, h: 1 },
      longSide: 1024,
      zoomOut: null,
      pan: null,
    },
    images: null,
    messageHash: "3785da15-4f70-4034-9128-f3ff1ac634fa",
    nonce: "1",
    messageId: "2",
    seed: 42,
    ...overrides,
  };
}
