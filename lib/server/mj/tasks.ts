import "server-only";

import { callUpstream, ensureOk } from "./client";
import { errorForSubmitCode, MjError } from "./errors";
import { reshapeTask, type UpstreamTask } from "./reshape";
import { SubmitResultWire } from "./schemas";

/** Upstreams and aggregators cap request sizes differently; 50 ids keeps every body small. */
export const LIST_CHUNK_SIZE = 50;

/**
 * GET /mj/task/{id}/fetch. Returns null when the upstream does not know the id, which every
 * profile signals differently: OSS empty 200, TRUE 204, AGG 400 task_no_found, TRUE 404 + code 3.
 */
export async function fetchTask(upstreamId: string): Promise<UpstreamTask | null> {
  const res = await callUpstream({
    method: "GET",
    path: `/task/${encodeURIComponent(upstreamId)}/fetch`,
    counterPath: "/mj/task/:id/fetch",
    kind: "read",
  });
  const ok2xx = res.status >= 200 && res.status < 300;
  if (ok2xx && (res.empty || res.json === null)) return null;
  try {
    ensureOk(res);
  } catch (e) {
    if (e instanceof MjError && e.kind === "not_found") return null;
    throw e;
  }
  // Some relays answer an unknown id with a SubmitResult-style envelope ({"code":3,…}) and HTTP 200;
  // without this check it would be reshaped into a bogus UNKNOWN task.
  const envelope = SubmitResultWire.safeParse(res.json);
  if (envelope.success && !("status" in envelope.data) && !("id" in envelope.data)) {
    const err = errorForSubmitCode(envelope.data.code, envelope.data.description ?? "", null, res.status);
    if (err.kind === "not_found") return null;
    throw err;
  }
  // An object without an id is still our task: we asked for it by id.
  const task = reshapeTask(res.json, upstreamId);
  if (!task) {
    throw new MjError("bad_response", {
      httpStatus: res.status,
      description: "task fetch did not return a task object",
    });
  }
  return task;
}

async function listChunk(ids: string[]): Promise<UpstreamTask[]> {
  const res = await callUpstream({
    method: "POST",
    path: "/task/list-by-condition",
    counterPath: "/mj/task/list-by-condition",
    kind: "read",
    body: { ids },
  });
  if (res.status === 404 || res.status === 405) {
    // Lets the caller fall back to per-task fetch on servers without this endpoint.
    throw new MjError("unsupported", {
      httpStatus: res.status,
      description: "task/list-by-condition is not available",
    });
  }
  ensureOk(res);
  if (res.empty || res.json === null) return [];
  if (!Array.isArray(res.json)) {
    throw new MjError("bad_response", {
      httpStatus: res.status,
      description: "task list is not a JSON array",
    });
  }
  const out: UpstreamTask[] = [];
  for (const item of res.json) {
    // One malformed element must not hide the others' progress.
    const task = reshapeTask(item);
    if (task) out.push(task);
  }
  return out;
}

/**
 * POST /mj/task/list-by-condition in chunks of ≤ 50 ids, sequentially (gentle on the upstream).
 * Unknown ids are simply absent from the result; order is not guaranteed.
 */
export async function listTasksByIds(ids: string[]): Promise<UpstreamTask[]> {
  const unique = [...new Set(ids.filter((id) => id.trim() !== ""))];
  const out: UpstreamTask[] = [];
  for (let i = 0; i < unique.length; i += LIST_CHUNK_SIZE) {
    out.push(...(await listChunk(unique.slice(i, i + LIST_CHUNK_SIZE))));
  }
  return out;
}
