import "server-only";

import { describe, expect, it } from "vitest";

import { createSimulator } from "./index";
import { installTestHost, TEST_SECRET } from "./test-fixtures";

describe("createSimulator", () => {
  it("answers 404 to every path, with or without the key, while it is not the upstream in use", async () => {
    let inUse = false;
    const host = installTestHost({ isInUse: () => inUse });
    const simulator = createSimulator(host);
    const stats = () =>
      simulator.handle(
        new Request("http://127.0.0.1:3000/sim/__stats", { headers: { "mj-api-secret": TEST_SECRET } }),
      );
    expect((await stats()).status).toBe(404);
    expect((await simulator.handle(new Request("http://127.0.0.1:3000/sim/mj/task/list"))).status).toBe(404);
    inUse = true;
    expect((await stats()).status).toBe(200);
  });
});
