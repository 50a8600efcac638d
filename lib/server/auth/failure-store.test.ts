// The SignInFailure table through Prisma (a temp SQLite file built from every migration), checked against the
// same expectations as the in-memory fake the limiters' unit tests use.
import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Db } from "@/lib/server/db";

import { type FailureStore, prismaFailureStore } from "./failure-store";
import { memoryFailureStore } from "./failure-store-memory";
import { FailureLimiter } from "./rate-limit";
import { DEFAULT_SIGN_IN_DELAY, SignInDelay } from "./sign-in-delay";

const dir = mkdtempSync(path.join(os.tmpdir(), "mj-signin-"));
const file = path.join(dir, "studio.db");
let prisma: Db;

beforeAll(async () => {
  const migrations = path.resolve(import.meta.dirname, "../../../prisma/migrations");
  const sqlite = new Database(file);
  for (const name of readdirSync(migrations)
    .filter((entry) => /^\d+_/.test(entry))
    .sort())
    sqlite.exec(readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
  sqlite.close();
  // lib/server/db reads DATABASE_URL when first imported: point it at the temp file, then import.
  process.env.DATABASE_URL = `file:${file}`;
  ({ db: prisma } = await import("@/lib/server/db"));
});
afterAll(async () => {
  await prisma.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

const at = (s: number) => new Date(1_700_000_000_000 + s * 1_000);
const seconds = (dates: Date[]) => dates.map((d) => (d.getTime() - at(0).getTime()) / 1_000);

async function scenario(store: FailureStore) {
  for (const s of [1, 2, 2, 3, 4]) await store.add("ip:a", at(s));
  await store.add("ip:b", at(1));
  await store.add("email:c", at(1));
  const newest = seconds(await store.newest("ip:a", 3));
  await store.trim("ip:a", 3);
  const afterTrim = seconds(await store.newest("ip:a", 10));
  await store.sweepQuiet(at(2));
  const afterSweep = {
    a: seconds(await store.newest("ip:a", 10)),
    b: seconds(await store.newest("ip:b", 10)),
    // Not this store's kind of key: left to the other limiter's sweep.
    c: seconds(await store.newest("email:c", 10)),
  };
  await store.clear("ip:a");
  return { newest, afterTrim, afterSweep, cleared: await store.newest("ip:a", 10) };
}

describe("prismaFailureStore", () => {
  it("behaves like the in-memory fake the limiter tests use", async () => {
    const fromTable = await scenario(prismaFailureStore(prisma, ["ip:"]));
    const fromFake = await scenario(memoryFailureStore(["ip:"]));
    expect(fromTable).toEqual({
      newest: [4, 3, 2],
      afterTrim: [4, 3, 2],
      afterSweep: { a: [4, 3, 2], b: [], c: [1] },
      cleared: [],
    });
    expect(fromFake).toEqual(fromTable);
  });

  it("lets a lockout earned on one instance hold on another (both read the table)", async () => {
    const now = () => at(100).getTime();
    const instanceA = new SignInDelay(prismaFailureStore(prisma, ["email:"]), DEFAULT_SIGN_IN_DELAY, now);
    const instanceB = new SignInDelay(prismaFailureStore(prisma, ["email:"]), DEFAULT_SIGN_IN_DELAY, now);
    for (let i = 0; i < 5; i += 1) await instanceA.recordFailure("email:owner@x");
    expect(await instanceB.retryAfterMs("email:owner@x")).toBe(2_000);
    const clientsA = new FailureLimiter(prismaFailureStore(prisma, ["ip:"]), 2, 60_000, now);
    const clientsB = new FailureLimiter(prismaFailureStore(prisma, ["ip:"]), 2, 60_000, now);
    await clientsA.recordFailure("ip:9.9.9.9");
    await clientsB.recordFailure("ip:9.9.9.9");
    expect(await clientsA.retryAfterMs("ip:9.9.9.9")).toBe(60_000);
  });
});

describe("prismaFailureStore's sweeps", () => {
  const quietKeys = (prefix: string) =>
    Array.from({ length: 3_000 }, (_, i) => ({ key: `${prefix}spray-${i}@x`, at: at(10) }));

  it("forget 3,000 quiet accounts (a spray of random e-mails) in one sweep, and keep a busy one", async () => {
    await prisma.signInFailure.createMany({ data: quietKeys("email:") });
    await prisma.signInFailure.createMany({
      data: [
        { key: "email:busy@x", at: at(10) },
        { key: "email:busy@x", at: at(30) },
      ],
    });
    await prismaFailureStore(prisma, ["email:"]).sweepQuiet(at(20));
    expect(await prisma.signInFailure.count({ where: { key: { startsWith: "email:spray-" } } })).toBe(0);
    // Its newest failure is recent, so its older one still counts towards its row of failures.
    expect(await prisma.signInFailure.count({ where: { key: "email:busy@x" } })).toBe(2);
  });

  it("forget every client-IP failure older than the window in one sweep", async () => {
    await prisma.signInFailure.createMany({ data: [...quietKeys("ip:"), { key: "ip:recent", at: at(30) }] });
    await prismaFailureStore(prisma, ["ip:"]).sweepOlder(at(20));
    expect(await prisma.signInFailure.count({ where: { key: { startsWith: "ip:spray-" } } })).toBe(0);
    expect(await prisma.signInFailure.count({ where: { key: "ip:recent" } })).toBe(1);
  });
});

describe("guardSignIn on the table", () => {
  it("lets at most the free failures plus one of ten parallel guesses reach the password check", async () => {
    // Imported here: sign-in-guard builds the app's guard on lib/server/db, which must see the temp file first.
    const { createSignInGuard } = await import("./sign-in-guard");
    const now = () => at(500).getTime();
    const guard = createSignInGuard({
      accounts: new SignInDelay(prismaFailureStore(prisma, ["email:"]), DEFAULT_SIGN_IN_DELAY, now),
      clients: new FailureLimiter(prismaFailureStore(prisma, ["ip:"]), 5, 60_000, now),
      trustProxy: false,
    });
    let checked = 0;
    const slowRefusal = async () => {
      checked += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return Response.json({}, { status: 401 });
    };
    const attempt = () =>
      guard(
        new Request("http://studio.test/api/auth/sign-in/email", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: "parallel@x", password: "guess" }),
        }),
        slowRefusal,
      );
    const answers = await Promise.all(Array.from({ length: 10 }, attempt));
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(DEFAULT_SIGN_IN_DELAY.freeFailures + 1);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(10 - checked);
    // The refused attempts checked no password: only the checked ones are kept as failures.
    expect(await prisma.signInFailure.count({ where: { key: "email:parallel@x" } })).toBe(checked);
  });
});
