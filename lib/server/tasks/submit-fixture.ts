import "server-only";

import path from "node:path";
import { afterAll, beforeAll, beforeEach } from "vitest";

import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { Db } from "@/lib/server/db";
import { rejectionOf } from "@/lib/server/mj/__fixtures__/caught";
import { env } from "@/lib/server/mj/__fixtures__/env";
import { mockUpstreamSuite, type MockUpstreamSuite } from "@/lib/server/mj/__fixtures__/suite";

import { createMigratedDbFile } from "./history-fixture";
import type * as Tasks from "./index";

// Test support only: the submit protocol end to end against a throwaway SQLite file (every migration) and the
// mock upstream of lib/server/mj. The test file must mock "@/env.mjs" with the mj fixture env, as mj tests do.

export const MEMBER: Viewer = { id: "u_ann", name: "ann", role: "member" };

export interface SubmitSuite {
  mock: MockUpstreamSuite;
  db: Db;
  tasks: typeof Tasks;
  /** The submits that reached the upstream (reads such as task fetches are left out). */
  submits(): string[];
}

export function submitSuite(): SubmitSuite {
  const tmp = createMigratedDbFile();
  // Input images are stored beside the database (DATA_DIR/images) and removed with it.
  const dataDir = path.dirname(tmp.file);
  const mock = mockUpstreamSuite((url) => ({
    MJ_API_BASE: url,
    MJ_API_KEY: "k-test-secret",
    DATA_DIR: dataDir,
  }));
  const suite = {
    mock,
    submits: () =>
      mock.up.requests.map((r) => r.url).filter((url) => /\/submit\/|\/insight-face\//.test(url)),
  } as SubmitSuite;
  beforeAll(async () => {
    // lib/server/db opens env.DATABASE_URL when first imported: point it at the temp file, then import.
    Object.assign(env, { DATABASE_URL: tmp.url, MAX_REFERENCE_BYTES: 1024 * 1024 });
    ({ db: suite.db } = await import("@/lib/server/db"));
    suite.tasks = await import("./index");
    await suite.db.user.create({ data: { id: MEMBER.id, name: MEMBER.name, email: "ann@studio.test" } });
  }, 30_000);
  beforeEach(async () => {
    await suite.db.task.deleteMany();
    await suite.db.user.update({ where: { id: MEMBER.id }, data: { dailyLimit: null } });
  });
  afterAll(async () => {
    await suite.db?.$disconnect();
    tmp.remove();
  });
  return suite;
}

/** The AppError a submit rejects with (fails the test if it resolves or throws anything else). */
export function rejection(promise: Promise<unknown>): Promise<AppError> {
  return rejectionOf(promise, AppError);
}
