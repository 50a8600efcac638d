import "server-only";

import { reshapeTask, type UpstreamTask } from "./reshape";

/**
 * The largest notifyHook body we read. The body is one task JSON (mj-api.md 10: OSS core fields + properties,
 * PLUS adds buttons, TRUE the whole TaskInfo): a few KB even with every button, so 64 KB leaves ample room
 * while keeping a hostile sender from making us buffer much.
 */
export const CALLBACK_MAX_BYTES = 64 * 1024;

export type CallbackParse = { ok: true; task: UpstreamTask } | { ok: false; reason: string };

/**
 * A notifyHook body, read with the very schema and reshape a fetched task goes through (schemas.ts TaskWire →
 * reshape.ts), so a callback and a read can never disagree on what a field means. Unlike a fetch there is no id
 * we asked for: a body without a usable id is refused.
 */
export function parseCallbackTask(text: string): CallbackParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: "The callback body is not JSON." };
  }
  const task = reshapeTask(json);
  if (!task) return { ok: false, reason: "The callback body is not a task object with an id." };
  return { ok: true, task };
}
