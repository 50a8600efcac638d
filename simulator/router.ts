import "server-only";

import { billingEndpoint } from "./billing";
import { controlEndpoint } from "./control-handlers";
import { submitEdit, submitRetexture } from "./editor-handlers";
import { API_BODY_LIMIT, readCappedBody, refuseRequest } from "./guard";
import type { HandlerContext } from "./handler-context";
import { currentHost } from "./host";
import { attachmentKind, serveAttachment } from "./images";
import { submitBlend, submitDescribe, submitShorten, submitSwapFace } from "./media-handlers";
import { json, malformedResponse, notFoundResponse, unauthorizedResponse } from "./respond";
import { ensureTicker, getRuntime } from "./runtime";
import { getSettings, recordImageServed, recordRequest, setLastBaseUrl } from "./settings";
import {
  submitAction,
  submitChange,
  submitImagine,
  submitModal,
  submitSimpleChange,
} from "./submit-handlers";
import { cancelTask, fetchTask, imageSeed, listByIds, listTasks, queueTasks } from "./task-handlers";
import type { SimProfile } from "./types";
import { serveUpload, uploadDiscordImages } from "./upload-handlers";
import { submitVideo } from "./video-handlers";

// Path → handler for everything under /sim. API paths are `/mj/...`, optionally behind a speed prefix
// (`/mj-fast`, `/mj-relax`, `/mj-turbo`), which the simulator accepts and ignores.

interface Route {
  method: "GET" | "POST";
  /** Matched against the API path after `/mj`; a capture group is the task id. */
  pattern: RegExp;
  /** Profiles that have this endpoint (mj-api.md 13); all when omitted. */
  profiles?: readonly SimProfile[];
  /** POST endpoints that take no body (a body, if any, is ignored). */
  bodyless?: true;
  handler: (ctx: HandlerContext) => Promise<Response>;
}

const PLUS: readonly SimProfile[] = ["native", "aggregator"];

const ROUTES: readonly Route[] = [
  { method: "POST", pattern: /^\/submit\/imagine$/, handler: submitImagine },
  { method: "POST", pattern: /^\/submit\/action$/, profiles: PLUS, handler: submitAction },
  { method: "POST", pattern: /^\/submit\/modal$/, profiles: PLUS, handler: submitModal },
  { method: "POST", pattern: /^\/submit\/change$/, handler: submitChange },
  { method: "POST", pattern: /^\/submit\/describe$/, handler: submitDescribe },
  { method: "POST", pattern: /^\/submit\/blend$/, handler: submitBlend },
  { method: "POST", pattern: /^\/submit\/shorten$/, profiles: PLUS, handler: submitShorten },
  { method: "POST", pattern: /^\/insight-face\/swap$/, profiles: PLUS, handler: submitSwapFace },
  { method: "POST", pattern: /^\/submit\/simple-change$/, handler: submitSimpleChange },
  // The editor (mj-api.md 4.12): TRUE has /edit, its alias /edits and /retexture; the aggregator only /edits.
  { method: "POST", pattern: /^\/submit\/edit$/, profiles: ["native"], handler: submitEdit },
  { method: "POST", pattern: /^\/submit\/edits$/, profiles: PLUS, handler: submitEdit },
  { method: "POST", pattern: /^\/submit\/retexture$/, profiles: ["native"], handler: submitRetexture },
  // TRUE and newer new-api (mj-api.md 4.11); OSS has no video.
  { method: "POST", pattern: /^\/submit\/video$/, profiles: PLUS, handler: submitVideo },
  {
    method: "POST",
    pattern: /^\/submit\/upload-discord-images$/,
    profiles: PLUS,
    handler: uploadDiscordImages,
  },
  { method: "POST", pattern: /^\/task\/list-by-condition$/, handler: listByIds },
  { method: "POST", pattern: /^\/task\/list-by-ids$/, profiles: ["native"], handler: listByIds },
  { method: "GET", pattern: /^\/task\/list$/, profiles: ["native", "oss"], handler: listTasks },
  { method: "GET", pattern: /^\/task\/queue$/, profiles: ["native", "oss"], handler: queueTasks },
  { method: "GET", pattern: /^\/task\/([^/]+)\/fetch$/, handler: fetchTask },
  { method: "GET", pattern: /^\/task\/([^/]+)\/image-seed$/, profiles: PLUS, handler: imageSeed },
  {
    method: "POST",
    pattern: /^\/task\/([^/]+)\/cancel$/,
    profiles: ["native"],
    bodyless: true,
    handler: cancelTask,
  },
];

const API_PATH = /^\/(?:mj-(?:fast|relax|turbo)\/)?mj(\/.*)$/;

function baseUrlOf(request: Request, url: URL): string {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  const proto =
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(/:$/, "");
  return `${proto}://${host}/sim`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

type JsonRead = { ok: true; body: unknown } | { ok: false; response: Response | null };

async function readJson(request: Request): Promise<JsonRead> {
  const read = await readCappedBody(request, API_BODY_LIMIT);
  if (!read.ok) return { ok: false, response: read.response };
  if (read.text.trim() === "") return { ok: false, response: null };
  try {
    return { ok: true, body: JSON.parse(read.text) as unknown };
  } catch {
    return { ok: false, response: null };
  }
}

async function handleApi(request: Request, url: URL, apiPath: string): Promise<Response> {
  const settings = getSettings();
  const candidates = ROUTES.filter(
    (r) => r.pattern.test(apiPath) && (!r.profiles || r.profiles.includes(settings.profile)),
  );
  const route = candidates.find((r) => r.method === request.method);
  const refused = refuseRequest(request, {
    secret: currentHost().secret(),
    needsBody: request.method === "POST" && !route?.bodyless,
    unauthorized: () => unauthorizedResponse(settings),
  });
  if (refused) return refused;

  recordRequest(request.method, `/mj${apiPath}`);
  if (settings.outage) return new Response("Service Unavailable", { status: 503 });
  if (settings.garbage)
    return new Response("<html>not json", { status: 200, headers: { "content-type": "text/html" } });
  if (candidates.length === 0) return notFoundResponse();
  if (!route)
    return new Response(null, {
      status: 405,
      headers: { allow: candidates.map((r) => r.method).join(", ") },
    });

  let body: unknown;
  if (route.method === "POST" && !route.bodyless) {
    const read = await readJson(request);
    if (!read.ok) return read.response ?? malformedResponse(settings, url.pathname);
    body = read.body;
  }
  const baseUrl = baseUrlOf(request, url);
  setLastBaseUrl(baseUrl);
  const runtime = getRuntime();
  ensureTicker();
  const id = route.pattern.exec(apiPath)?.[1] ?? null;
  return route.handler({ runtime, settings, baseUrl, body, id: id === null ? null : safeDecode(id) });
}

/** Entry point for `app/sim/[...path]/route.ts`. */
export async function handleSimRequest(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const rest = url.pathname.replace(/^\/sim(?=\/|$)/, "");
  try {
    // Image links are signed and expire, like a real proxy's CDN links, so they need no key.
    if (rest.startsWith("/attachments/") && (request.method === "GET" || request.method === "HEAD")) {
      const runtime = getRuntime();
      const attachment = rest.slice("/attachments/".length);
      const served = await serveAttachment(
        runtime.store.imagesDir,
        runtime.secret,
        attachment,
        url.searchParams,
        Date.now(),
        request.headers.get("range"),
      );
      // Counted for the benches (preview downloads per task); HEAD carries no picture.
      // A clip is counted on every Range read that starts it (players read a video in several parts).
      const started = served.status === 200 || served.headers.get("content-range")?.startsWith("bytes 0-");
      if (started && request.method === "GET") recordImageServed(attachmentKind(attachment));
      return served;
    }
    if (rest.startsWith("/uploads/") && request.method === "GET") {
      const runtime = getRuntime();
      const name = rest.slice("/uploads/".length);
      return await serveUpload(runtime.store.imagesDir, runtime.secret, name, url.searchParams, Date.now());
    }
    const control = controlEndpoint(rest, request.method, safeDecode);
    if (control) {
      const refused = refuseRequest(request, {
        secret: currentHost().secret(),
        needsBody: control.needsBody,
      });
      return refused ?? (await control.handle(request));
    }
    if (rest.startsWith("/v1/")) {
      const refused = refuseRequest(request, { secret: currentHost().secret(), needsBody: false });
      return refused ?? billingEndpoint(request, rest);
    }
    const api = API_PATH.exec(rest);
    if (!api?.[1]) return notFoundResponse();
    return await handleApi(request, url, api[1]);
  } catch (error) {
    console.error("[simulator] request failed", request.method, url.pathname, error);
    return json({ code: 9, description: "提交失败，系统异常", result: null, properties: {} }, 500);
  }
}
