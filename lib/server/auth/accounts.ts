import "server-only";

import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/schemas/account";
import { db } from "@/lib/server/db";

import { getAuth } from "./auth";

export interface NewAccount {
  name: string;
  email: string;
  password: string;
  role: Role;
  dailyLimit: number | null;
}

/**
 * Creates a member with an e-mail + password login through better-auth's own adapter and password hasher
 * (public sign-up is off, so this is the only way accounts come to exist).
 */
export async function createAccount(input: NewAccount): Promise<{ id: string; name: string }> {
  // Either cookie flavour shares the database and hasher; the plain one is fine for account creation.
  const ctx = await getAuth(new Headers()).$context;
  const email = input.email.trim().toLowerCase();
  if (await ctx.internalAdapter.findUserByEmail(email)) {
    throw new AppError("conflict", `There is already an account for ${email}.`);
  }
  const user = await ctx.internalAdapter.createUser(
    {
      name: input.name,
      email,
      emailVerified: true,
      role: input.role,
      dailyLimit: input.dailyLimit,
      disabled: false,
    },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: await ctx.password.hash(input.password),
  });
  return { id: user.id, name: user.name };
}

/**
 * Signs the new account in for the request that created it (setup, invite): better-auth issues the session
 * and its cookies; we pass the cookies on with our own body, so the session token never appears in JSON.
 */
export async function signedInResponse(
  req: Request,
  email: string,
  password: string,
  body: unknown,
): Promise<Response> {
  const signIn = await getAuth(req.headers).api.signInEmail({
    body: { email, password },
    headers: req.headers,
    asResponse: true,
  });
  const response = Response.json(body, { status: 201, headers: { "Cache-Control": "no-store" } });
  for (const cookie of signIn.headers.getSetCookie()) response.headers.append("Set-Cookie", cookie);
  return response;
}

// The first admin may be created exactly once. One process, so a promise chain serialises concurrent setups.
let setupChain: Promise<unknown> = Promise.resolve();

export function createFirstAdmin(
  input: Omit<NewAccount, "role" | "dailyLimit">,
): Promise<{ id: string; name: string }> {
  const run = setupChain
    .catch(() => undefined)
    .then(async () => {
      if ((await db.user.count()) > 0) {
        throw new AppError("conflict", "The studio is already set up. Sign in instead.");
      }
      const admin = await createAccount({ ...input, role: "admin", dailyLimit: null });
      // History from before accounts existed becomes the first admin's, so every task has an author.
      await db.task.updateMany({ where: { authorId: null }, data: { authorId: admin.id } });
      return admin;
    });
  setupChain = run;
  return run;
}
