import "server-only";

import type { StudioEvent } from "@/lib/server/events";

// The pure parts of GET /api/tasks/stream: how a message is written, how a burst of bus events becomes one
// message per kind, and how many streams one member may hold. No sockets or sessions here, so Vitest can
// drive them with fake timers.

/** EventSource waits this long before reconnecting after a drop; the first line every stream sends. */
export const STREAM_RETRY_MS = 2_000;
/** A comment line this often keeps proxies and idle-timeouts from closing a quiet stream. */
export const HEARTBEAT_MS = 15_000;
/** A burst of writes (a task's progress, an upscale batch) within this window becomes one message. */
export const COALESCE_MS = 150;
/** More ids than this in one message say nothing more useful: the browser reads the changes API anyway. */
export const MAX_IDS_PER_MESSAGE = 50;
/** Tabs are cheap to open; connections are not. One member cannot hold more streams than this at once. */
export const MAX_STREAMS_PER_MEMBER = 12;

export type StreamMessageKind = StudioEvent["kind"];

export function retryPreamble(): string {
  return `retry: ${STREAM_RETRY_MS}\n\n`;
}

export function heartbeatComment(): string {
  return ": keep-alive\n\n";
}

/** One SSE message. `data` is JSON on a single line, so no line of it can start a field of its own. */
export function formatMessage(kind: StreamMessageKind, id: string, data: unknown): string {
  return `event: ${kind}\nid: ${id}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** The `tasks` message: which ids changed (deduped, capped) and the server's clock when it was sent. */
export function tasksMessage(id: string, ids: readonly string[], nowMs: number): string {
  return formatMessage("tasks", id, { ids: ids.slice(0, MAX_IDS_PER_MESSAGE), cursor: String(nowMs) });
}

/**
 * A browser that reconnects with a Last-Event-ID it got before something else was published (or from a bus
 * that has since restarted) gets a `tasks` message at once, so it reads the changes it missed. A first
 * connect (no id) reads the changes API on its own.
 */
export function needsCatchUp(
  lastEventId: string | null,
  missedSince: (id: string | null) => boolean,
): boolean {
  if (!lastEventId) return false;
  return missedSince(lastEventId);
}

export interface PendingMessages {
  taskIds: string[];
  kinds: StreamMessageKind[];
}

/**
 * A trailing throttle per connection: the first event arms a timer; everything that arrives before it fires
 * is folded into one message per kind (task ids deduped, in arrival order).
 */
export class EventCoalescer {
  private readonly ids = new Set<string>();
  private readonly kinds = new Set<StreamMessageKind>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly flush: (pending: PendingMessages) => void,
    private readonly delayMs = COALESCE_MS,
  ) {}

  add(event: StudioEvent): void {
    this.kinds.add(event.kind);
    if (event.kind === "tasks") {
      // Past the cap the list is cut anyway; stop growing the set for a huge batch.
      for (const id of event.ids) if (this.ids.size < MAX_IDS_PER_MESSAGE) this.ids.add(id);
    }
    this.timer ??= setTimeout(() => this.fire(), this.delayMs);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.ids.clear();
    this.kinds.clear();
  }

  private fire(): void {
    this.timer = null;
    const pending = { taskIds: [...this.ids], kinds: [...this.kinds] };
    this.ids.clear();
    this.kinds.clear();
    this.flush(pending);
  }
}

/** Counts open streams per member; `take` refuses past the cap and returns how to give the slot back. */
export class StreamSlots {
  private readonly open = new Map<string, number>();

  constructor(private readonly maxPerMember = MAX_STREAMS_PER_MEMBER) {}

  take(memberId: string): (() => void) | null {
    const count = this.open.get(memberId) ?? 0;
    if (count >= this.maxPerMember) return null;
    this.open.set(memberId, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(memberId) ?? 1) - 1;
      if (left <= 0) this.open.delete(memberId);
      else this.open.set(memberId, left);
    };
  }

  count(memberId: string): number {
    return this.open.get(memberId) ?? 0;
  }
}
