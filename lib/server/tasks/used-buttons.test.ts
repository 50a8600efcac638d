// usedButtonsOf on a real (migrated, throwaway) SQLite database: which children mark a button as used.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Db } from "@/lib/server/db";
import { useDatabaseForApp } from "@/test/postgres-database";

import { createMigratedDbFile } from "./history-fixture";
import type { usedButtonsOf as UsedButtonsOf } from "./used-buttons";

let db: Db;
let usedButtonsOf: typeof UsedButtonsOf;
let remove = () => undefined as void;

const U1 = "MJ::JOB::upsample::1::h";
const V2 = "MJ::JOB::variation::2::h";
const U3 = "MJ::JOB::upsample::3::h";

beforeAll(async () => {
  const tmp = createMigratedDbFile();
  remove = tmp.remove;
  useDatabaseForApp(tmp.url);
  ({ db } = await import("@/lib/server/db"));
  ({ usedButtonsOf } = await import("./used-buttons"));
  const row = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    action: "UPSCALE",
    status: "succeeded",
    prompt: "p",
    ...extra,
  });
  await db.task.create({ data: row("grid", { action: "IMAGINE" }) });
  await db.task.create({ data: row("other", { action: "IMAGINE" }) });
  await db.task.create({ data: row("c1", { parentId: "grid", customId: U1, buttonLabel: "U1" }) });
  await db.task.create({ data: row("c1again", { parentId: "grid", customId: U1, buttonLabel: "U1" }) });
  await db.task.create({ data: row("c2", { parentId: "grid", customId: V2, status: "running" }) });
  await db.task.create({ data: row("c3", { parentId: "grid", customId: U3, status: "failed" }) });
  await db.task.create({ data: row("c4", { parentId: "other", customId: U1, deletedAt: new Date() }) });
}, 30_000);

afterAll(async () => {
  await db?.$disconnect();
  remove();
});

describe("usedButtonsOf", () => {
  it("lists each pressed button once; failed presses and trashed children do not count", async () => {
    const used = await usedButtonsOf(["grid", "other", "c1"]);
    expect([...(used.get("grid") ?? [])].sort()).toEqual([U1, V2].sort());
    expect(used.has("other")).toBe(false);
    expect(used.has("c1")).toBe(false);
  });

  it("asks nothing for an empty page", async () => {
    expect((await usedButtonsOf([])).size).toBe(0);
  });
});
