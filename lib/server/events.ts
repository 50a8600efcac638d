import "server-only";

import { randomBytes } from "node:crypto";

// What changed, told to every open browser (through GET /api/tasks/stream). Events carry ids, never rows: a browser
// reads the rows through the changes API, so who may see what is decided in one place.
//
// One in-process bus for now. Everything goes through the EventBus interface, so a database-backed bus
// (Postgres LISTEN/NOTIFY, for several instances) can replace it with replaceEventBus() without touching callers.
// Route handlers and the tracker (started from instrumentation.ts) are separate bundles in Next: the bus lives on
// globalThis, which they all see.

export type StudioEvent =
  /** Task rows were created, changed or removed. `ids` may be empty when the writer did not know them. */
  | { kind: "tasks"; ids: string[] }
  /** The upstream became unreachable or came back (the banner every browser shows). */
  | { kind: "upstream" }
  /** An admin saved settings that browsers show (upstream capabilities, limits). */
  | { kind: "settings" };

export interface PublishedEvent {
  /**
   * Orders events within one bus: `<epoch>-<seq>`. The epoch is new for every process, so a browser that
   * reconnects with a Last-Event-ID from before a restart is known to have missed something.
   */
  id: string;
  event: StudioEvent;
}

export type EventListener = (published: PublishedEvent) => void;

export interface EventBus {
  publish(event: StudioEvent): void;
  /** Returns how to stop listening. */
  subscribe(listener: EventListener): () => void;
  /** Whether events were published after the one with this id (true for ids this bus never issued). */
  missedSince(lastEventId: string | null): boolean;
  /** The id of the newest event, or of the bus's start when none was published yet. */
  latestId(): string;
}

/** One process's bus; the cluster's bus (lib/server/cluster) delivers through one of these on each instance. */
export class InProcessEventBus implements EventBus {
  private readonly epoch = randomBytes(4).toString("hex");
  private seq = 0;
  private readonly listeners = new Set<EventListener>();

  publish(event: StudioEvent): void {
    this.seq += 1;
    const published = { id: `${this.epoch}-${this.seq}`, event };
    for (const listener of this.listeners) {
      try {
        listener(published);
      } catch (error) {
        // One broken subscriber (a stream whose socket just died) must not keep the others from hearing.
        console.warn(`[events] listener failed: ${(error as Error).message}`);
      }
    }
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  missedSince(lastEventId: string | null): boolean {
    if (!lastEventId) return true;
    const [epoch, seq] = lastEventId.split("-");
    return epoch !== this.epoch || Number(seq) !== this.seq;
  }

  latestId(): string {
    return `${this.epoch}-${this.seq}`;
  }
}

const g = globalThis as unknown as { mjStudioEventBus?: EventBus };

export function eventBus(): EventBus {
  return (g.mjStudioEventBus ??= new InProcessEventBus());
}

/** For a bus shared between instances; call before the first event is published. */
export function replaceEventBus(bus: EventBus): void {
  g.mjStudioEventBus = bus;
}

export function publishTaskChanges(ids: string[]): void {
  eventBus().publish({ kind: "tasks", ids });
}

export function publishUpstreamStateChanged(): void {
  eventBus().publish({ kind: "upstream" });
}

export function publishSettingsChanged(): void {
  eventBus().publish({ kind: "settings" });
}
