import "server-only";

import { json } from "./respond";
import { getRuntime } from "./runtime";
import { ControlBody } from "./schemas";
import { getSettings, getStats, resetStats, updateSettings } from "./settings";

// Test and diagnostic endpoints: /sim/__stats, /sim/__control, /sim/__reset, /sim/__masks/<id>. Not part of the
// MJ API, so they are not counted, not subject to outage/garbage, and need no API key.

/** GET /sim/__stats → { requests: { "<METHOD> <endpoint>": n }, submits, total } */
export function statsResponse(): Response {
  return json(getStats());
}

/** POST /sim/__reset → zeroes the counters (tasks stay). */
export function resetResponse(): Response {
  resetStats();
  return json(getStats());
}

/** GET returns the effective settings; POST patches them first. */
export async function controlResponse(request: Request): Promise<Response> {
  if (request.method === "GET") return json(getSettings());
  let body: unknown;
  try {
    const text = await request.text();
    body = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    return json({ error: "malformed JSON" }, 400);
  }
  const parsed = ControlBody.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return json({ error: `${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}` }, 400);
  }
  return json(updateSettings(parsed.data));
}

/**
 * GET /sim/__masks/<taskId> → the last Vary (Region) mask the task was confirmed with, as PNG bytes, so e2e tests
 * can check what the browser really sent (size, colours, where the paint is). 404 when there is none.
 */
export function maskResponse(taskId: string): Response {
  const mask = getRuntime().store.get(taskId)?.maskBase64;
  const match = mask ? /^data:image\/png;base64,(.+)$/s.exec(mask) : null;
  if (!match?.[1]) return json({ error: "no mask for this task" }, 404);
  const bytes = Buffer.from(match[1], "base64");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": "image/png",
      "content-length": String(bytes.length),
      "cache-control": "no-store",
    },
  });
}
