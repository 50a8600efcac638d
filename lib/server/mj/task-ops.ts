import "server-only";

import { callUpstream, ensureOk, type UpstreamResponse } from "./client";
import { getUpstreamConfig, redactSecret } from "./config";
import { errorForSubmitCode, MjError } from "./errors";
import { SubmitResultWire } from "./schemas";

// Per-task operations that are not reads of the task itself: the image seed and cancelling.

/** A 404/405 without an MJ body: the server simply has no such route (OSS has neither endpoint). */
function missingRoute(res: UpstreamResponse, what: string): MjError | null {
  if (res.status !== 404 && res.status !== 405) return null;
  if (SubmitResultWire.safeParse(res.json).success) return null;
  return new MjError("unsupported", { httpStatus: res.status, description: `${what} is not available` });
}

/** Calls /task/{id}/{operation}; throws for a missing route, a non-2xx and a refusing SubmitResult code. */
async function callTaskOperation(
  upstreamId: string,
  operation: "image-seed" | "cancel",
  request: { method: "GET" | "POST"; kind: "read" | "control" },
): Promise<UpstreamResponse> {
  const res = await callUpstream({
    ...request,
    path: `/task/${encodeURIComponent(upstreamId)}/${operation}`,
    counterPath: `/mj/task/:id/${operation}`,
  });
  const missing = missingRoute(res, `task/{id}/${operation}`);
  if (missing) throw missing;
  ensureOk(res);
  throwUnlessSuccessCode(res);
  return res;
}

/** A SubmitResult-shaped 2xx whose code is not a success still is an error (relays answer 200 + code 3/4). */
function throwUnlessSuccessCode(res: UpstreamResponse): void {
  const envelope = SubmitResultWire.safeParse(res.json);
  if (!envelope.success || envelope.data.code === 1 || envelope.data.code === 22) return;
  const description = redactSecret(envelope.data.description?.trim() ?? "", getUpstreamConfig()).slice(
    0,
    300,
  );
  throw errorForSubmitCode(envelope.data.code, description, envelope.data.properties ?? null, res.status);
}

/**
 * GET /mj/task/{id}/image-seed (PLUS, TRUE, AGG). The seed is a 32-bit number sent as a string; a numeric JSON
 * value is accepted too. Errors: "unsupported" (no such endpoint), "not_found" (unknown task), "validation"
 * (400 + code 4 `关联任务状态错误`: the task has no image hash yet).
 */
export async function fetchImageSeed(upstreamId: string): Promise<string> {
  const res = await callTaskOperation(upstreamId, "image-seed", { method: "GET", kind: "read" });
  const envelope = SubmitResultWire.safeParse(res.json);
  const result = envelope.success ? envelope.data.result : undefined;
  // Seeds are unsigned 32-bit values, so a JSON number is still exact.
  const seed = typeof result === "number" && Number.isSafeInteger(result) ? String(result) : result;
  if (typeof seed !== "string" || !/^\d{1,20}$/.test(seed.trim())) {
    throw new MjError("bad_response", {
      httpStatus: res.status,
      description: "image-seed answer has no seed",
    });
  }
  return seed.trim();
}

/**
 * POST /mj/task/{id}/cancel (PLUS; TRUE for admin tokens). PLUS answers a SubmitResult, TRUE an empty 200.
 * Errors: "unsupported" when the server has no cancel endpoint (OSS, aggregators), "not_found" for an id it
 * does not know, "validation" when it refuses (e.g. the task already finished there).
 */
export async function cancelTask(upstreamId: string): Promise<void> {
  await callTaskOperation(upstreamId, "cancel", { method: "POST", kind: "control" });
}
