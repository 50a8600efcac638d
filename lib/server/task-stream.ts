import "server-only";

import { AppError } from "@/lib/errors";
import { viewerFromHeaders } from "@/lib/server/auth/session";
import type { Viewer } from "@/lib/server/auth/viewer";
import { type EventBus, eventBus } from "@/lib/server/events";
import {
  EventCoalescer,
  formatMessage,
  HEARTBEAT_MS,
  heartbeatComment,
  needsCatchUp,
  type PendingMessages,
  retryPreamble,
  StreamSlots,
  tasksMessage,
} from "@/lib/server/task-stream-messages";

// GET /api/tasks/stream: tells an open browser THAT something changed (ids, a cursor), never what; the browser
// then reads the changes API, so who may see which task is decided in one place. Nothing in the request
// chooses anything: no query parameters are read, only the session cookie and Last-Event-ID.

/**
 * Messages a client may leave unread before its stream is dropped: a client that stops reading without closing
 * the socket would otherwise make the server queue every message for it, for as long as the session lives. It
 * reconnects with Last-Event-ID and catches up, so dropping it loses nothing.
 */
export const MAX_UNREAD_MESSAGES = 64;

const STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform and Content-Encoding: none keep Next's compression (and proxies) from buffering the stream.
  "Cache-Control": "no-cache, no-transform",
  "Content-Encoding": "none",
  "X-Accel-Buffering": "no",
};

export interface TaskStreamDeps {
  bus: EventBus;
  slots: StreamSlots;
  /** Whether the member behind this request is still signed in and enabled (re-checked at each heartbeat). */
  stillSignedIn: () => Promise<boolean>;
  now: () => number;
}

// Route handlers are bundled apart from each other; globalThis keeps one count per process.
const g = globalThis as unknown as { mjStudioStreamSlots?: StreamSlots };

function defaultDeps(req: Request, viewer: Viewer): TaskStreamDeps {
  return {
    bus: eventBus(),
    slots: (g.mjStudioStreamSlots ??= new StreamSlots()),
    stillSignedIn: async () => (await viewerFromHeaders(req.headers))?.id === viewer.id,
    now: Date.now,
  };
}

export function openTaskStream(req: Request, viewer: Viewer, deps = defaultDeps(req, viewer)): Response {
  const release = deps.slots.take(viewer.id);
  if (!release) {
    throw new AppError("rate_limited", "Too many open studio tabs for this account; this one polls instead.");
  }
  const encoder = new TextEncoder();
  let stopped = false;
  let stop: () => void = release;

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        if (stopped) return;
        try {
          controller.enqueue(encoder.encode(text));
          if ((controller.desiredSize ?? 0) < -MAX_UNREAD_MESSAGES) {
            // Erroring (not closing) discards what is queued for it and ends the response.
            controller.error(new Error("client stopped reading"));
            stop();
          }
        } catch {
          // The socket is gone (the client left, the stream was cancelled): let go of everything.
          stop();
        }
      };
      const send = (pending: PendingMessages) => {
        const id = deps.bus.latestId();
        for (const kind of pending.kinds) {
          write(
            kind === "tasks" ? tasksMessage(id, pending.taskIds, deps.now()) : formatMessage(kind, id, {}),
          );
        }
      };
      const coalescer = new EventCoalescer(send);
      const unsubscribe = deps.bus.subscribe(({ event }) => coalescer.add(event));
      const heartbeat = setInterval(() => {
        write(heartbeatComment());
        // A member signed out or disabled elsewhere must stop hearing about the team's tasks.
        void deps.stillSignedIn().then(
          (ok) => ok || stop(),
          () => undefined,
        );
      }, HEARTBEAT_MS);

      stop = () => {
        if (stopped) return;
        stopped = true;
        clearInterval(heartbeat);
        coalescer.stop();
        unsubscribe();
        req.signal.removeEventListener("abort", stop);
        release();
        try {
          controller.close();
        } catch {
          // Already closed or errored by the runtime.
        }
      };
      req.signal.addEventListener("abort", stop);
      if (req.signal.aborted) return stop();

      write(retryPreamble());
      if (needsCatchUp(req.headers.get("last-event-id"), (id) => deps.bus.missedSince(id))) {
        write(tasksMessage(deps.bus.latestId(), [], deps.now()));
      }
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, { headers: STREAM_HEADERS });
}
