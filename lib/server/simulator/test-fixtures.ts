import "server-only";

import type { SimTask } from "./types";

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
