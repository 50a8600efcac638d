import "server-only";

import { z } from "zod";

import { UpstreamStateDto } from "@/lib/schemas/task";

// What instances tell each other through Postgres NOTIFY. Pure (no database), so the packing rules are
// unit-tested (wire.test.ts). A NOTIFY payload must stay under 8,000 bytes, so messages carry ids and small
// facts only, never rows: whoever needs a row reads it from the database.

/** The one channel every instance LISTENs on (NOTIFY is per database, so two studios on two databases never mix). */
export const CHANNEL = "mj_studio";
/** Below Postgres's 8,000-byte limit, with room for the channel name and framing. */
export const MAX_PAYLOAD_BYTES = 7_000;
/**
 * Beyond this many payloads for one batch of task ids, one "tasks []" is sent instead: browsers then re-read
 * everything that changed since their cursor, which costs less than a storm of notifications.
 */
export const MAX_TASK_CHUNKS = 4;

const StudioEventWire = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("tasks"), ids: z.array(z.string()) }),
  z.object({ kind: z.literal("upstream") }),
  z.object({ kind: z.literal("settings") }),
]);

export const WireMessage = z.discriminatedUnion("type", [
  /**
   * An event for every instance's browsers. An "upstream" event from the tracker's instance carries its upstream
   * state, so the others report the same banner (they run no tracker of their own).
   */
  z.object({ type: z.literal("event"), event: StudioEventWire, upstream: UpstreamStateDto.optional() }),
  /** A tracker signal (signals.ts): only the instance running the tracker listens. */
  z.object({ type: z.literal("signal"), signal: z.enum(["wake", "upstream-changed"]) }),
  /** A callback that met a task we track was applied at this time (ms): callbacks are alive (poll-policy.ts). */
  z.object({ type: z.literal("callbacks"), at: z.number() }),
  /** An instance (re)joined: the tracker's instance answers with its upstream state. */
  z.object({ type: z.literal("hello") }),
]);
export type WireMessage = z.infer<typeof WireMessage>;

export const WirePayload = z.object({ from: z.string(), messages: z.array(WireMessage) });
export type WirePayload = z.infer<typeof WirePayload>;

export function parsePayload(text: string): WirePayload | null {
  try {
    const parsed = WirePayload.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const bytes = (text: string) => Buffer.byteLength(text, "utf8");
const tasksMessage = (ids: string[]): WireMessage => ({ type: "event", event: { kind: "tasks", ids } });

/**
 * Merges what was queued in one turn: task ids into one set ("tasks []", the writer did not know which, swallows
 * them all), callbacks into the newest time, repeated messages into one.
 */
function merge(queued: WireMessage[]): { others: WireMessage[]; taskIds: string[] | null } {
  const others = new Map<string, WireMessage>();
  let taskIds: Set<string> | null = null;
  let everyTask = false;
  let callbacksAt: number | null = null;
  for (const message of queued) {
    if (message.type === "event" && message.event.kind === "tasks") {
      taskIds ??= new Set();
      if (message.event.ids.length === 0) everyTask = true;
      for (const id of message.event.ids) taskIds.add(id);
    } else if (message.type === "callbacks") {
      callbacksAt = Math.max(callbacksAt ?? message.at, message.at);
    } else {
      others.set(JSON.stringify(message), message);
    }
  }
  const merged = [...others.values()];
  if (callbacksAt !== null) merged.push({ type: "callbacks", at: callbacksAt });
  return { others: merged, taskIds: taskIds && (everyTask ? [] : [...taskIds]) };
}

/** Splits ids into groups whose JSON fits `budget` bytes; null when one id alone does not. */
function chunkIds(ids: string[], budget: number): string[][] | null {
  const chunks: string[][] = [];
  let current: string[] = [];
  let used = 0;
  for (const id of ids) {
    const cost = bytes(JSON.stringify(id)) + 1;
    if (cost > budget) return null;
    if (used + cost > budget) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(id);
    used += cost;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The NOTIFY payloads for one turn's messages, each under `maxBytes`. */
export function packMessages(
  from: string,
  queued: WireMessage[],
  maxBytes = MAX_PAYLOAD_BYTES,
  maxTaskChunks = MAX_TASK_CHUNKS,
): string[] {
  const { others, taskIds } = merge(queued);
  const encode = (messages: WireMessage[]) => JSON.stringify({ from, messages } satisfies WirePayload);
  if (taskIds === null) return others.length > 0 ? [encode(others)] : [];
  // The ids share the first payload with the other messages; every chunk gets the same (smallest) budget.
  const budget = maxBytes - bytes(encode([...others, tasksMessage([])]));
  const chunks = taskIds.length === 0 ? null : chunkIds(taskIds, budget);
  if (!chunks || chunks.length > maxTaskChunks) return [encode([...others, tasksMessage([])])];
  return chunks.map((ids, i) => encode(i === 0 ? [...others, tasksMessage(ids)] : [tasksMessage(ids)]));
}

/** How long to wait before reconnecting after `attempt` failures in a row: doubling from 0.5 s to 15 s, jittered. */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(15_000, 500 * 2 ** Math.min(attempt, 10));
  // Between half and all of it, so instances cut off together do not all come back in the same instant.
  return Math.round(base * (0.5 + random() / 2));
}
