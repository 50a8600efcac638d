import "server-only";

import { CONTROL_BODY_LIMIT, readCappedBody } from "./guard";
import { json } from "./respond";
import { getRuntime } from "./runtime";
import { ControlBody } from "./schemas";
import { getSettings, getStats, resetStats, updateSettings } from "./settings";

// Test and diagnostic endpoints: /sim/__stats, /sim/__control, /sim/__reset, /sim/__masks/<id>. Not part of the
// MJ API, so they are not counted and not subject to outage/garbage; they demand the simulator key all the same
// (the router's guard), because they can switch the studio's upstream off and show what members submitted.

export interface ControlEndpoint {
  /** True when the endpoint reads a JSON body. */
  needsBody: boolean;
  handle: (request: Request) => Promise<Response>;
}

/** The control endpoint for a path under /sim, or null when the path is not one. */
export function controlEndpoint(
  rest: string,
  method: string,
  decode: (segment: string) => string,
): ControlEndpoint | null {
  if (rest === "/__stats" && method === "GET")
    return { needsBody: false, handle: () => Promise.resolve(statsResponse()) };
  if (rest === "/__reset" && method === "POST")
    return { needsBody: false, handle: () => Promise.resolve(resetResponse()) };
  const mask = /^\/__masks\/([^/]+)$/.exec(rest);
  if (mask?.[1] && method === "GET") {
    const taskId = decode(mask[1]);
    return { needsBody: false, handle: () => Promise.resolve(maskResponse(taskId)) };
  }
  if (rest === "/__control" && method === "GET")
    return { needsBody: false, handle: () => Promise.resolve(json(getSettings())) };
  if (rest === "/__control" && method === "POST") return { needsBody: true, handle: controlResponse };
  return null;
}

/** GET /sim/__stats → { requests: { "<METHOD> <endpoint>": n }, submits, total } */
export function statsResponse(): Response {
  return json(getStats());
}

/** POST /sim/__reset → zeroes the counters (tasks stay). */
export function resetResponse(): Response {
  resetStats();
  return json(getStats());
}

/** POST /sim/__control patches the settings and returns them. */
export async function controlResponse(request: Request): Promise<Response> {
  const read = await readCappedBody(request, CONTROL_BODY_LIMIT);
  if (!read.ok) return read.response;
  let body: unknown;
  try {
    body = read.text.trim() === "" ? {} : JSON.parse(read.text);
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
