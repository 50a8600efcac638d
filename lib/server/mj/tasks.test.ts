import { describe, expect, it, vi } from "vitest";

import { caught } from "./__fixtures__/caught";
import { env } from "./__fixtures__/env";
import { mockUpstreamSuite } from "./__fixtures__/suite";
import * as W from "./__fixtures__/wire";
import { UPSTREAM_BODY_MAX_BYTES } from "./client";
import { fetchTask, getUpstreamCallCount, listTasksByIds } from "./index";

vi.mock("@/env.mjs", () => import("./__fixtures__/env"));

const mock = mockUpstreamSuite((url) => ({ MJ_API_BASE: url, MJ_API_KEY: "k-secret-1", MJ_MODE: "relax" }));
const { reply } = mock;

describe("fetchTask", () => {
  it("GETs plain /mj (no mode prefix for reads) and reshapes an OSS in-progress task", async () => {
    reply(200, W.E6_IN_PROGRESS);
    const t = await fetchTask("1730621826053455");
    expect(mock.up.requests[0]?.method).toBe("GET");
    expect(mock.up.requests[0]?.url).toBe("/mj/task/1730621826053455/fetch");
    expect(t).toMatchObject({
      upstreamId: "1730621826053455",
      action: "IMAGINE",
      status: "IN_PROGRESS",
      progress: 46,
      finalPrompt: "a red fox in snow --ar 3:2 --v 6.1",
      finishTime: null,
      buttons: null, // OSS never sends buttons
    });
    expect(t?.submitTime?.getTime()).toBe(1730621826053);
    expect((t?.raw as { description?: string }).description).toBe(
      "/imagine a red fox in snow --ar 3:2 --v 6.1",
    );
  });

  it.each([
    ["OSS: empty 200", 200, undefined],
    ["TRUE: 204", 204, undefined],
    ["AGG: 400 task_no_found", 400, W.AGG_TASK_NO_FOUND],
    ["TRUE: 404 + code 3", 404, W.CODE_3_PARENT],
    ["literal JSON null", 200, "null"],
    ["relay: 200 + SubmitResult code 3", 200, W.CODE_3_PARENT],
  ])("unknown id → null (%s)", async (_name, status, body) => {
    reply(status, body);
    expect(await fetchTask("9999999999999999")).toBeNull();
    expect(mock.up.requests).toHaveLength(1);
  });

  it("success with buttons: link buttons without customId are dropped, size and times parsed", async () => {
    reply(200, W.E7_SUCCESS_WITH_BUTTONS);
    const t = await fetchTask("1730621826053455");
    expect(t?.buttons).toEqual([
      { customId: "MJ::JOB::upsample::1::h", label: "U1", emoji: "" },
      { customId: "MJ::JOB::reroll::0::h::SOLO", label: "", emoji: "🔄" },
    ]);
    expect(t).toMatchObject({ status: "SUCCESS", progress: 100, imageWidth: 2912, imageHeight: 1632 });
    expect(t?.finishTime?.toISOString()).toBe(new Date(1730621855817).toISOString());
  });

  it("AGG before sync: status '' → SUBMITTED, '0%' → 0, properties null, 0 times → null, '' → null", async () => {
    reply(200, W.E20_AGG_BEFORE_SYNC);
    const t = await fetchTask("1730627000500222");
    expect(t).toMatchObject({
      status: "SUBMITTED",
      progress: 0,
      finalPrompt: null,
      startTime: null,
      finishTime: null,
      imageUrl: null,
      promptEn: null,
      failReason: null,
      buttons: null,
    });
    expect(t?.submitTime).toBeInstanceOf(Date);
  });

  it("FAILURE with progress '' → progress null, failReason kept", async () => {
    reply(200, W.E19_FAILURE);
    expect(await fetchTask("1730621830112087")).toMatchObject({
      status: "FAILURE",
      progress: null,
      failReason: "任务超时",
    });
  });

  it("'paused' progress → null; numeric id and null progress tolerated", async () => {
    reply(200, W.OSS_PAUSED);
    expect((await fetchTask("1730621826053999"))?.progress).toBeNull();
    reply(200, W.NUMERIC_ID_TASK);
    expect(await fetchTask("x")).toMatchObject({
      upstreamId: "1730621826053455",
      status: "NOT_START",
      progress: null,
    });
  });

  it("non-JSON garbage on 200 → bad_response (no retry: the answer is not transient)", async () => {
    reply(200, "<html><body>Welcome to nginx!</body></html>");
    const e = await caught(fetchTask("1"));
    expect(e.kind).toBe("bad_response");
    // The page itself is a body, not a protocol message: it stays out of the user-facing text.
    expect(e.message).not.toContain("Welcome to nginx!");
    expect(e.message).toContain("not JSON");
    expect(mock.up.requests).toHaveLength(1);
  });

  it.each([
    ["with its length declared", {}],
    ["sent chunked, without a length", { "transfer-encoding": "chunked" }],
  ])("an answer over the body cap → bad_response, not read whole (%s)", async (_how, headers) => {
    const huge = JSON.stringify({ id: "1", status: "SUCCESS", pad: "x".repeat(UPSTREAM_BODY_MAX_BYTES) });
    mock.up.setHandler(() => ({ status: 200, body: huge, headers }));
    const e = await caught(fetchTask("1"));
    expect(e.kind).toBe("bad_response");
    expect(e.message).toMatch(/larger than 8 MB/);
    expect(mock.up.requests).toHaveLength(1);
  });

  it("401 → auth without retries", async () => {
    reply(401);
    expect((await caught(fetchTask("1"))).kind).toBe("auth");
    expect(mock.up.requests).toHaveLength(1);
  });

  it("5xx is retried (reads only) and a later success is returned", async () => {
    let n = 0;
    mock.up.setHandler(() =>
      ++n < 3 ? { status: 503, body: "busy" } : { status: 200, body: W.E6_IN_PROGRESS },
    );
    const before = getUpstreamCallCount()["GET /mj/task/:id/fetch"] ?? 0;
    expect((await fetchTask("1730621826053455"))?.status).toBe("IN_PROGRESS");
    expect(mock.up.requests).toHaveLength(3);
    expect(getUpstreamCallCount()["GET /mj/task/:id/fetch"]).toBe(before + 3);
  });

  it("timeouts on reads are retried twice, then surface as timeout", async () => {
    env.MJ_TIMEOUT_MS = 120;
    mock.up.setHandler(() => ({ status: 200, body: W.E6_IN_PROGRESS, delayMs: 400 }));
    const e = await caught(fetchTask("1"));
    expect(e.kind).toBe("timeout");
    expect(e.message).not.toMatch(/may still have been created/);
    expect(mock.up.requests).toHaveLength(3);
  });

  it("relay: 200 + SubmitResult code 4 → validation, not a bogus task", async () => {
    reply(200, W.E4_VALIDATION);
    expect((await caught(fetchTask("1"))).kind).toBe("validation");
  });

  it("a non-object task body → bad_response", async () => {
    reply(200, `[1,2,3]`);
    expect((await caught(fetchTask("1"))).kind).toBe("bad_response");
  });
});

describe("listTasksByIds", () => {
  it("120 ids → 3 POSTs of ≤ 50 ids to /mj/task/list-by-condition", async () => {
    mock.up.setHandler((req) => {
      const { ids } = JSON.parse(req.body) as { ids: string[] };
      return { status: 200, body: ids.map((id) => ({ id, status: "IN_PROGRESS", progress: "10%" })) };
    });
    const ids = Array.from({ length: 120 }, (_, i) => String(1730621826053000 + i));
    const tasks = await listTasksByIds(ids);
    expect(mock.up.requests.map((r) => r.url)).toEqual(Array(3).fill("/mj/task/list-by-condition"));
    expect(mock.up.requests.map((r) => (JSON.parse(r.body) as { ids: string[] }).ids.length)).toEqual([
      50, 50, 20,
    ]);
    expect(tasks.map((t) => t.upstreamId)).toEqual(ids);
  });

  it("skips elements that fail to parse but keeps the others", async () => {
    reply(200, `[${W.E6_IN_PROGRESS}, 42, {"status":"SUCCESS"}, null, ${W.E19_FAILURE}]`);
    const tasks = await listTasksByIds(["1730621826053455", "1730621830112087"]);
    expect(tasks.map((t) => t.upstreamId)).toEqual(["1730621826053455", "1730621830112087"]);
  });

  it("no ids → no call", async () => {
    expect(await listTasksByIds([])).toEqual([]);
    expect(mock.up.requests).toHaveLength(0);
  });

  it("404 → unsupported so the caller can fall back to per-task fetch", async () => {
    reply(404);
    expect((await caught(listTasksByIds(["1"]))).kind).toBe("unsupported");
  });

  it("an object instead of an array → bad_response", async () => {
    reply(200, W.E1_ACCEPTED);
    expect((await caught(listTasksByIds(["1"]))).kind).toBe("bad_response");
  });
});
