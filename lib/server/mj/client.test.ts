import { beforeEach, describe, expect, it, vi } from "vitest";

import { caught } from "./__fixtures__/caught";
import { env } from "./__fixtures__/env";
import { imagineSuite, KEY } from "./__fixtures__/imagine";
import * as W from "./__fixtures__/wire";
import { transportError } from "./client";
import { MjError } from "./errors";
import {
  getUpstreamCallCount,
  mjErrorToAppError,
  submitAction,
  submitChange,
  submitImagine,
  submitModal,
} from "./index";

vi.mock("@/env.mjs", () => import("./__fixtures__/env"));

const { mock, reply, imagine } = imagineSuite();

describe("paths, mode prefixes, bodies and auth", () => {
  beforeEach(() => reply(200, W.E1_ACCEPTED));

  it("config mode prefixes submits; opts.mode overrides it", async () => {
    env.MJ_MODE = "relax";
    await imagine();
    await imagine({ mode: "turbo" });
    env.MJ_MODE = "none";
    await submitAction({ taskId: "1", customId: "c" }, { mode: "fast" });
    expect(mock.up.requests.map((r) => r.url)).toEqual([
      "/mj-relax/mj/submit/imagine",
      "/mj-turbo/mj/submit/imagine",
      "/mj-fast/mj/submit/action",
    ]);
  });

  it("sends state and a non-empty accountFilter in the body, and omits an empty one", async () => {
    await imagine({ state: "order-42", accountFilter: { modes: ["RELAX"], remark: "team" } });
    await imagine({ accountFilter: {} });
    const [first, second] = mock.up.requests.map(
      (r) => JSON.parse(r.body ?? "{}") as Record<string, unknown>,
    );
    expect(first).toMatchObject({ state: "order-42", accountFilter: { modes: ["RELAX"], remark: "team" } });
    expect(second).not.toHaveProperty("accountFilter");
  });

  it("a base URL ending in /mj (with slash) does not produce /mj/mj/", async () => {
    env.MJ_API_BASE = `${mock.up.url}/mj/`;
    await submitModal({ taskId: "1730622000331774", prompt: "fox --zoom 1.5" });
    expect(mock.up.requests[0]?.url).toBe("/mj/submit/modal");
    expect(JSON.parse(mock.up.requests[0]?.body ?? "")).toEqual({
      taskId: "1730622000331774",
      prompt: "fox --zoom 1.5",
    });
  });

  it("mj-api-secret style sends only that header; bearer sends only Authorization; no key → none", async () => {
    await imagine();
    expect(mock.up.requests[0]?.headers["mj-api-secret"]).toBe(KEY);
    expect(mock.up.requests[0]?.headers.authorization).toBeUndefined();
    env.MJ_AUTH_STYLE = "bearer";
    await imagine();
    expect(mock.up.requests[1]?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(mock.up.requests[1]?.headers["mj-api-secret"]).toBeUndefined();
    env.MJ_API_KEY = undefined;
    await imagine();
    expect(mock.up.requests[2]?.headers.authorization).toBeUndefined();
    expect(mock.up.requests[2]?.headers["mj-api-secret"]).toBeUndefined();
  });

  it("authorization style sends the key verbatim in Authorization and nothing else", async () => {
    env.MJ_AUTH_STYLE = "authorization";
    await imagine();
    expect(mock.up.requests[0]?.headers.authorization).toBe(KEY);
    expect(mock.up.requests[0]?.headers["mj-api-secret"]).toBeUndefined();
  });

  it("change sends index (REROLL defaults to 1, bad U/V index refused locally)", async () => {
    await submitChange({ taskId: "7", action: "REROLL", index: 0 });
    expect(JSON.parse(mock.up.requests[0]?.body ?? "")).toEqual({ taskId: "7", action: "REROLL", index: 1 });
    const e = await caught(submitChange({ taskId: "7", action: "UPSCALE", index: 5 }));
    expect(e.kind).toBe("validation");
    expect(mock.up.requests).toHaveLength(1);
  });

  it("imagine forwards base64Array and counts calls per normalised path", async () => {
    const before = getUpstreamCallCount()["POST /mj/submit/imagine"] ?? 0;
    await submitImagine(
      { prompt: "p", botType: "NIJI_JOURNEY", base64Array: ["data:image/png;base64,AAAA"] },
      { mode: "fast" },
    );
    expect(JSON.parse(mock.up.requests[0]?.body ?? "")).toMatchObject({
      botType: "NIJI_JOURNEY",
      base64Array: ["data:image/png;base64,AAAA"],
    });
    expect(getUpstreamCallCount()["POST /mj/submit/imagine"]).toBe(before + 1);
  });
});

describe("wire rules: transport failures and odd bodies", () => {
  it("non-JSON 2xx body → bad_response; the body stays out of the message (server log only)", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    reply(200, W.HTML_502);
    const e = await caught(imagine());
    expect(e.kind).toBe("bad_response");
    expect(e.message).toBe("The upstream sent an unexpected response: the answer is not JSON (HTTP 200)");
    expect(e.message).not.toContain("502 Bad Gateway");
    expect(warn.mock.calls.join(" ")).toContain("502 Bad Gateway");
    warn.mockRestore();
  });

  it("an HTTP 5xx is 'answered with an error', never 'could not reach', and never shows its body", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    mock.up.setHandler(() => ({ status: 500, body: `boom\u0000\u001b[31mRED\u001b[0m secret=${KEY}` }));
    const e = await caught(imagine());
    expect(e.kind).toBe("network");
    expect(e.message).toBe("The upstream answered with an error (HTTP 500)");
    expect(mjErrorToAppError(e).message).not.toMatch(/reach|boom|RED/);
    const logged = warn.mock.calls.join(" ");
    expect(logged).toContain("boom");
    expect(logged).not.toContain(KEY);
    expect(logged).not.toMatch(/[\u0000\u001b]/);
    warn.mockRestore();
  });

  it("protocol descriptions are kept but cleaned of NUL, ANSI escapes and bidi overrides", async () => {
    reply(
      200,
      JSON.stringify({ code: 9, description: "queue\u0000 is \u001b[1mfull\u001b[0m\u202e!", result: null }),
    );
    const e = await caught(imagine());
    expect(e.kind).toBe("queue_full");
    expect(e.description).toBe("queue is full!");
    expect(e.message).not.toMatch(/[\u0000-\u001f\u202e]/);
  });

  it("a 500 may come after the work (maybe charged); a 503 is a refusal before any work (nothing sent)", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    mock.up.setHandler(() => ({ status: 500, body: "oops" }));
    expect((await caught(imagine())).notDelivered).toBe(false);
    mock.up.setHandler(() => ({ status: 502, body: "bad gateway" }));
    expect((await caught(imagine())).notDelivered).toBe(false);
    mock.up.setHandler(() => ({ status: 503, body: "maintenance" }));
    expect((await caught(imagine())).notDelivered).toBe(true);
    warn.mockRestore();
  });

  it("connection refused or an unknown host never reached the upstream; a reset might have", () => {
    const config = { apiKey: KEY, timeoutMs: 1000 } as Parameters<typeof transportError>[1];
    const failed = (code: string) => new TypeError("fetch failed", { cause: { code } });
    expect(transportError(failed("ECONNREFUSED"), config, "submit").notDelivered).toBe(true);
    expect(transportError(failed("ENOTFOUND"), config, "submit").notDelivered).toBe(true);
    expect(transportError(failed("ECONNRESET"), config, "submit").notDelivered).toBe(false);
    expect(transportError(failed("UND_ERR_SOCKET"), config, "submit").notDelivered).toBe(false);
  });

  it("a network failure (no answer) is still 'Could not reach the upstream'", async () => {
    const e = new MjError("network", { description: "ECONNRESET" });
    expect(e.message).toBe("Could not reach the upstream: ECONNRESET");
  });

  it("a key echoed back in a business-error description is redacted", async () => {
    reply(200, `{"code":4,"description":"bad header mj-api-secret=${KEY}","result":null}`);
    const e = await caught(imagine());
    expect(e.kind).toBe("validation");
    expect(e.message).toContain("mj-api-secret=***");
    expect(e.message).not.toContain(KEY);
  });

  it("401 empty body → auth; the key never appears in message, description or AppError", async () => {
    mock.up.setHandler(() => ({ status: 401, body: `{"message":"invalid token ${KEY}"}` }));
    const e = await caught(imagine());
    expect(e.kind).toBe("auth");
    const app = mjErrorToAppError(e);
    expect(app.code).toBe("upstream_auth");
    for (const text of [e.message, e.description, app.message, JSON.stringify(app.toBody())]) {
      expect(text).not.toContain(KEY);
    }
    reply(401);
    expect((await caught(imagine())).httpStatus).toBe(401);
  });

  it("429 (TRUE empty, AGG code 30) → rate_limited → upstream_queue_full", async () => {
    reply(429);
    const e = await caught(imagine());
    expect(e.kind).toBe("rate_limited");
    expect(mjErrorToAppError(e).code).toBe("upstream_queue_full");
    reply(429, W.AGG_429);
    expect(await caught(imagine())).toMatchObject({ kind: "rate_limited", upstreamCode: 30 });
  });

  it("5xx on submit → network, and is NOT retried", async () => {
    reply(502, W.HTML_502);
    expect((await caught(imagine())).kind).toBe("network");
    expect(mock.up.requests).toHaveLength(1);
  });

  it("timeout on submit → timeout, exactly one request reached the server", async () => {
    env.MJ_TIMEOUT_MS = 150;
    mock.up.setHandler(() => ({ status: 200, body: W.E1_ACCEPTED, delayMs: 500 }));
    const e = await caught(imagine());
    expect(e.kind).toBe("timeout");
    expect(e.message).toMatch(/may still have been created/);
    expect(mjErrorToAppError(e).code).toBe("upstream_unavailable");
    await new Promise((r) => setTimeout(r, 900)); // longer than any retry backoff would be
    expect(mock.up.requests).toHaveLength(1);
  });

  it("connection refused → network", async () => {
    env.MJ_API_BASE = "http://127.0.0.1:1";
    expect((await caught(imagine())).kind).toBe("network");
  });
});
