import "server-only";

import { callUpstream, ensureOk } from "./client";
import { MjError } from "./errors";
import { reshapeTask, type UpstreamTask } from "./reshape";

/** The two read-only listings some upstreams offer (mj-api.md 4.16, 4.17); aggregators relay neither. */
export type SearchListing = "/task/list" | "/task/queue";

// OSS's /task/list returns every task it has stored, not a page: allow it more than a batched read, still bounded.
const LISTING_MAX_BYTES = 32 * 1024 * 1024;

/**
 * GET one listing of recent tasks. A missing route (404/405, or an "unsupported"/"not_found" error)
 * throws MjError "unsupported" so the caller can remember the upstream lacks it and not ask again.
 */
export async function listRecentTasks(listing: SearchListing): Promise<UpstreamTask[]> {
  const res = await callUpstream({
    method: "GET",
    path: listing,
    counterPath: `/mj${listing}`,
    kind: "read",
    maxBodyBytes: LISTING_MAX_BYTES,
  });
  if (res.status === 404 || res.status === 405) {
    throw new MjError("unsupported", { httpStatus: res.status, description: `${listing} is not available` });
  }
  try {
    ensureOk(res);
  } catch (e) {
    if (e instanceof MjError && (e.kind === "not_found" || e.kind === "unsupported")) {
      throw new MjError("unsupported", {
        httpStatus: e.httpStatus,
        description: `${listing} is not available`,
      });
    }
    throw e;
  }
  if (res.empty || res.json === null) return [];
  if (!Array.isArray(res.json)) {
    throw new MjError("unsupported", {
      httpStatus: res.status,
      description: `${listing} is not a task list`,
    });
  }
  const out: UpstreamTask[] = [];
  for (const item of res.json) {
    const task = reshapeTask(item);
    if (task) out.push(task);
  }
  return out;
}
