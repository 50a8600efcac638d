// Security reproductions for issue 8, item 1: the built-in simulator is the studio's private upstream, not a
// public service. Each test failed on the main of the time it was written.
import { expect, test } from "@playwright/test";

import { createImagine, restoreSimulatorAfterEach, SIM_HEADERS } from "../helpers/api";
import { startRecordingServer } from "../helpers/recording-server";

const JSON_HEADERS = { ...SIM_HEADERS, "content-type": "application/json" };

restoreSimulatorAfterEach({ outage: false });

test("without the simulator secret: 401 for the task list and every control endpoint", async ({
  request,
}) => {
  // The studio's own tasks, with its prompts and notify token, are what the list would give away.
  await createImagine(request, "a private prompt for the simulator guard");
  for (const [method, path] of [
    ["GET", "/sim/mj/task/list"],
    ["GET", "/sim/__control"],
    ["POST", "/sim/__control"],
    ["GET", "/sim/__stats"],
    ["POST", "/sim/__reset"],
  ] as const) {
    const res =
      method === "GET" ? await request.get(path) : await request.post(path, { data: { outage: true } });
    expect(res.status(), `${method} ${path}`).toBe(401);
    expect(res.headers()["content-type"], path).toMatch(/application\/json/);
  }
  const wrong = await request.get("/sim/mj/task/list", { headers: { "mj-api-secret": "sk-a-guess" } });
  expect(wrong.status()).toBe(401);

  const settings = await request.get("/sim/__control", { headers: SIM_HEADERS });
  expect(((await settings.json()) as { outage: boolean }).outage).toBe(false);
});

test("the task list, with the secret, shows no notify token", async ({ request }) => {
  await createImagine(request, "a prompt whose callback carries the notify token");
  const list = await request.get("/sim/mj/task/list", { headers: SIM_HEADERS });
  expect(list.status()).toBe(200);
  const text = await list.text();
  expect(text).toContain("notifyHook");
  expect(text).not.toContain("/api/mj/notify");
  expect(text).not.toContain("token=");
});

test("a cross-site text/plain form cannot switch the outage on", async ({ request }) => {
  // Exactly what <form enctype="text/plain" action=".../sim/__control"> on another site sends.
  const form = await request.post("/sim/__control", {
    headers: { "content-type": "text/plain", origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    data: '{"outage":true,"x":"="}',
  });
  expect([403, 415]).toContain(form.status());
  // Even a caller holding the secret is refused from another site or with a non-JSON body.
  const crossSite = await request.post("/sim/__control", {
    headers: { ...JSON_HEADERS, origin: "https://evil.example" },
    data: { outage: true },
  });
  expect(crossSite.status()).toBe(403);
  const plain = await request.post("/sim/__control", {
    headers: { ...SIM_HEADERS, "content-type": "text/plain" },
    data: '{"outage":true}',
  });
  expect(plain.status()).toBe(415);

  const settings = await request.get("/sim/__control", { headers: SIM_HEADERS });
  expect(((await settings.json()) as { outage: boolean }).outage).toBe(false);
  // And the studio still reaches its simulator.
  expect((await createImagine(request, "still connected after the form")).status).not.toBe("failed");
});

test("oversized bodies are refused with 413 before they are parsed", async ({ request }) => {
  const control = await request.post("/sim/__control", {
    headers: JSON_HEADERS,
    data: JSON.stringify({ outage: true, pad: "x".repeat(20 * 1024) }),
  });
  expect(control.status()).toBe(413);
  expect(await control.json()).toMatchObject({ error: expect.stringContaining("larger") });
  const api = await request.post("/sim/mj/submit/imagine", {
    headers: JSON_HEADERS,
    data: JSON.stringify({
      prompt: "big",
      base64Array: [`data:image/png;base64,${"A".repeat(10 * 1024 * 1024)}`],
    }),
  });
  expect(api.status()).toBe(413);
  const settings = await request.get("/sim/__control", { headers: SIM_HEADERS });
  expect(((await settings.json()) as { outage: boolean }).outage).toBe(false);
});

test("a notifyHook pointing anywhere but the studio is never called, nor echoed", async ({ request }) => {
  const host = await startRecordingServer({ status: 200, contentType: "text/plain", body: "ok" });
  try {
    const submit = await request.post("/sim/mj/submit/imagine", {
      headers: JSON_HEADERS,
      data: { prompt: "a fox for someone else's hook", notifyHook: `${host.url}/collect` },
    });
    expect(submit.status(), await submit.text()).toBe(200);
    const id = String(((await submit.json()) as { result: unknown }).result);
    let task: { status?: string; properties?: { notifyHook?: unknown } } = {};
    await expect
      .poll(
        async () => {
          const res = await request.get(`/sim/mj/task/${id}/fetch`, { headers: SIM_HEADERS });
          task = (await res.json()) as typeof task;
          return task.status;
        },
        { timeout: 30_000, intervals: [250, 500, 1000] },
      )
      .toBe("SUCCESS");
    expect(task.properties?.notifyHook).toBeNull();
    // The last callback would have gone out with the SUCCESS transition; give a stray one time to land.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(host.requests).toEqual([]);
  } finally {
    await host.close();
  }
});

test("once an admin saves a real upstream, /sim/* is gone; clearing it brings the simulator back", async ({
  request,
}) => {
  expect((await request.get("/sim/__stats", { headers: SIM_HEADERS })).status()).toBe(200);
  // Port 9 (discard) on loopback: nothing answers, and nothing real is ever contacted.
  const saved = await request.put("/api/admin/settings", { data: { baseUrl: "http://127.0.0.1:9" } });
  expect(saved.status(), await saved.text()).toBe(200);
  try {
    for (const path of ["/sim/__stats", "/sim/__control", "/sim/mj/task/list"]) {
      const res = await request.get(path, { headers: SIM_HEADERS });
      expect(res.status(), path).toBe(404);
    }
  } finally {
    const restored = await request.put("/api/admin/settings", { data: { baseUrl: null } });
    expect(restored.status(), await restored.text()).toBe(200);
  }
  expect((await request.get("/sim/__stats", { headers: SIM_HEADERS })).status()).toBe(200);
});
