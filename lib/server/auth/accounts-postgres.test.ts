// better-auth on PostgreSQL: its Prisma adapter runs with provider "postgresql" (auth.ts picks it by DATABASE_URL)
// against the migrated schema, creating an account and signing in with a database session.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Db } from "@/lib/server/db";
import {
  createMigratedTestDatabase,
  skipPostgres,
  type TestDatabase,
  useDatabaseForApp,
} from "@/test/postgres-database";

describe.skipIf(skipPostgres("better-auth on PostgreSQL"))("accounts on PostgreSQL", () => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createMigratedTestDatabase("mj_auth");
    // lib/server/db reads DATABASE_URL when first imported.
    useDatabaseForApp(database.url);
    ({ db } = await import("@/lib/server/db"));
  });

  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it("creates an account and signs it in with a session row", async () => {
    const { createAccount, signedInResponse } = await import("./accounts");
    const account = await createAccount({
      name: "Ada",
      email: "Ada@Example.test",
      password: "correct horse battery staple",
      role: "member",
      dailyLimit: 3,
    });
    const request = new Request("http://localhost:3000/api/setup", {
      method: "POST",
      headers: { host: "localhost:3000", origin: "http://localhost:3000" },
    });
    const response = await signedInResponse(request, "ada@example.test", "correct horse battery staple", {});
    expect(response.status).toBe(201);
    expect(response.headers.getSetCookie().join(";")).toMatch(/session_token=/);
    const user = await db.user.findUniqueOrThrow({ where: { id: account.id }, include: { sessions: true } });
    expect(user).toMatchObject({ email: "ada@example.test", role: "member", dailyLimit: 3, disabled: false });
    expect(user.sessions).toHaveLength(1);
  });
});
