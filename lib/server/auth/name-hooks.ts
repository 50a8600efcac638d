import "server-only";

import { APIError } from "better-auth/api";

import { DisplayName } from "@/lib/schemas/display-name";

/**
 * The display-name rule once more, inside better-auth, at the moment a user row is written. The /api/auth
 * route already checks names before better-auth reads the body; this backstop covers any path that reaches
 * better-auth's user writes without passing through it (a future endpoint or plugin, a server-side api call).
 */
function storableName(name: unknown): string {
  const parsed = DisplayName.safeParse(name);
  if (parsed.success) return parsed.data;
  throw new APIError("UNPROCESSABLE_ENTITY", {
    code: "validation_failed",
    message: parsed.error.issues[0]?.message ?? "name is not a valid display name",
  });
}

export const userNameHooks = {
  create: {
    // eslint-disable-next-line @typescript-eslint/require-await -- async turns storableName's APIError into the rejected promise better-auth's hook contract expects
    before: async <U extends { name: string }>(user: U) => ({
      data: { ...user, name: storableName(user.name) },
    }),
  },
  update: {
    // Most user updates (emailVerified, updatedAt) carry no name; only a name change is checked.
    // eslint-disable-next-line @typescript-eslint/require-await -- as above: a bad name must reject, not throw synchronously
    before: async <U extends { name?: string }>(user: U) =>
      user.name === undefined ? undefined : { data: { ...user, name: storableName(user.name) } },
  },
};
