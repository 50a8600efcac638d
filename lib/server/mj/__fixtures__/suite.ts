// One mock upstream per test file: started before the tests, env pointed at it and its request log cleared
// before each test, closed after. `reply()` answers every request with one status and body.
import { afterAll, beforeAll, beforeEach } from "vitest";

import { resetEnv, type TestEnv } from "./env";
import { startMockUpstream, type MockUpstream } from "./mock-upstream";

export interface MockUpstreamSuite {
  up: MockUpstream;
  // A property, not a method: it never uses `this`, so specs may destructure it (`const { reply } = mock`).
  reply: (status: number, body?: unknown) => void;
}

export function mockUpstreamSuite(envFor: (url: string) => Partial<TestEnv>): MockUpstreamSuite {
  const suite = {
    reply(status: number, body?: unknown) {
      suite.up.setHandler(() => ({ status, body }));
    },
  } as MockUpstreamSuite;
  beforeAll(async () => {
    suite.up = await startMockUpstream();
  });
  afterAll(() => suite.up.close());
  beforeEach(() => {
    resetEnv(envFor(suite.up.url));
    suite.up.requests.length = 0;
  });
  return suite;
}
