import { describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors";

import { guardAuthBody, MAX_AUTH_BODY_BYTES } from "./auth-body-guard";
import { userNameHooks } from "./name-hooks";

function authPost(path: string, body: string): Request {
  return new Request(`http://studio.test/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
}

async function failure(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof AppError) return { status: error.status, message: error.message };
  // better-auth's APIError carries its status as a number in statusCode.
  if (error && typeof error === "object" && "statusCode" in error && "message" in error)
    return { status: Number(error.statusCode), message: String(error.message) };
  throw new Error(`expected a refusal, got ${String(error)}`);
}

describe("guardAuthBody", () => {
  it("refuses a body over 16 KB with a 413 before better-auth reads it", async () => {
    const huge = JSON.stringify({ name: "x".repeat(20 * 1024 * 1024) });
    expect(await failure(guardAuthBody(authPost("/update-user", huge)))).toMatchObject({ status: 413 });
    const justOver = JSON.stringify({ email: "a@b.co", password: "p".repeat(MAX_AUTH_BODY_BYTES) });
    expect(await failure(guardAuthBody(authPost("/sign-in/email", justOver)))).toMatchObject({ status: 413 });
  });

  it.each([
    ["empty", "", /name must not be empty/],
    ["control", "Ada\u001b[2J", /control characters/],
    ["bidi override", "Ada\u202Egpj", /bidirectional/],
    ["too long", "x".repeat(61), /at most 60/],
  ])("refuses a %s name on update-user and sign-up with a 422", async (_label, name, message) => {
    for (const path of ["/update-user", "/sign-up/email"]) {
      const refused = await failure(guardAuthBody(authPost(path, JSON.stringify({ name }))));
      expect(refused.status).toBe(422);
      expect(refused.message).toMatch(message);
    }
  });

  it("hands better-auth the same bytes when the body is fine", async () => {
    const body = JSON.stringify({ name: "Ada", image: null });
    const passed = await guardAuthBody(authPost("/update-user", body));
    expect(await passed.text()).toBe(body);
    expect(passed.headers.get("content-type")).toBe("application/json");
  });

  it("refuses url-encoded and other non-JSON bodies (our checks read JSON; a form would slip past them)", async () => {
    const form = new Request("http://studio.test/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "email=a%40b.co&password=guess",
    });
    expect(await failure(guardAuthBody(form))).toMatchObject({ status: 415 });
    const empty = new Request("http://studio.test/api/auth/sign-out", { method: "POST" });
    expect((await guardAuthBody(empty)).method).toBe("POST");
  });

  it("refuses a profile picture on update-user (the studio has none to show)", async () => {
    const body = JSON.stringify({ image: "https://tracker.example/pixel.png" });
    const refused = await failure(guardAuthBody(authPost("/update-user", body)));
    expect(refused).toMatchObject({ status: 422, message: expect.stringMatching(/profile pictures/) });
  });

  it("leaves other endpoints' fields alone (sign-in has no name rule)", async () => {
    const body = JSON.stringify({ email: "a@b.co", password: "\u0007secret-ish" });
    expect(await (await guardAuthBody(authPost("/sign-in/email", body))).text()).toBe(body);
  });
});

describe("userNameHooks (better-auth databaseHooks backstop)", () => {
  it("rejects a bad name on create and trims a good one", async () => {
    const user = { id: "u1", name: "\u202Eevil", email: "a@b.co" };
    expect(await failure(userNameHooks.create.before(user))).toMatchObject({ status: 422 });
    await expect(userNameHooks.create.before({ ...user, name: "  Ada " })).resolves.toEqual({
      data: { ...user, name: "Ada" },
    });
  });

  it("rejects a bad name on update, and lets updates without a name through", async () => {
    expect(await failure(userNameHooks.update.before({ name: "x".repeat(5000) }))).toMatchObject({
      status: 422,
      message: expect.stringMatching(/at most 60/),
    });
    const noName: { name?: string; emailVerified: boolean } = { emailVerified: true };
    await expect(userNameHooks.update.before(noName)).resolves.toBeUndefined();
  });
});
