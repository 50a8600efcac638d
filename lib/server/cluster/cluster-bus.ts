import "server-only";

import type { UpstreamStateDto } from "@/lib/schemas/task";
import { type EventBus, type EventListener, InProcessEventBus, type StudioEvent } from "@/lib/server/events";
import type { TrackerSignal } from "@/lib/server/signals";

import type { NotifyChannel } from "./notify-channel";
import type { WireMessage, WirePayload } from "./wire";

/** What an instance does with what the others say; lib/server/cluster/index.ts wires these to the real parts. */
export interface ClusterHooks {
  /** Hand a tracker signal to this process's tracker (it ignores it when it does not run here). */
  onSignal(signal: TrackerSignal): void;
  /** Some instance applied a callback for a task we track at this time (ms). */
  onCallbacks(at: number): void;
  /** Another instance saved settings: reload what this one cached from the Setting table. */
  onPeerSettings(): Promise<void>;
  /** The tracker's instance says this about the upstream. */
  onLeaderUpstream(state: UpstreamStateDto): void;
  /** This instance's upstream state while it runs the tracker, else null. */
  upstreamState(): UpstreamStateDto | null;
}

/**
 * The event bus of one instance when several share a database. publish() sends the event to every instance
 * (this one included) through NOTIFY; each delivers it to its own browsers when the notification arrives, through
 * a local in-process bus that numbers the events (so Last-Event-ID and missedSince work as with one process).
 * Tracker signals and the few facts instances share ride the same channel.
 */
export class ClusterBus implements EventBus {
  private readonly local = new InProcessEventBus();
  private channel: NotifyChannel | null = null;

  constructor(
    private readonly instanceId: string,
    private readonly hooks: ClusterHooks,
  ) {}

  /** Set once the channel exists (the channel needs this bus's handlers first). */
  attach(channel: NotifyChannel): void {
    this.channel = channel;
  }

  publish(event: StudioEvent): void {
    const upstream = event.kind === "upstream" ? this.hooks.upstreamState() : null;
    this.send({ type: "event", event, ...(upstream ? { upstream } : {}) });
  }

  signal(signal: TrackerSignal): void {
    this.send({ type: "signal", signal });
  }

  callbacksApplied(at: number): void {
    this.send({ type: "callbacks", at });
  }

  subscribe(listener: EventListener): () => void {
    return this.local.subscribe(listener);
  }

  missedSince(lastEventId: string | null): boolean {
    return this.local.missedSince(lastEventId);
  }

  latestId(): string {
    return this.local.latestId();
  }

  /**
   * The listener is (back) in place. After a reconnect notifications may have been missed: browsers re-read
   * (a catch-up "tasks []" also makes missedSince true for every id issued before), settings are reloaded, and
   * the tracker's instance is asked for its upstream state.
   */
  async listening(first: boolean): Promise<void> {
    this.send({ type: "hello" });
    if (first) return;
    await this.hooks.onPeerSettings();
    this.local.publish({ kind: "tasks", ids: [] });
  }

  async receive(payload: WirePayload): Promise<void> {
    const fromPeer = payload.from !== this.instanceId;
    // Settings first: events after them in the same payload must already see the new upstream.
    const ordered = [...payload.messages].sort((a, b) => Number(isSettings(b)) - Number(isSettings(a)));
    for (const message of ordered) {
      if (message.type === "event") {
        if (fromPeer && message.event.kind === "settings") await this.hooks.onPeerSettings();
        if (fromPeer && message.upstream) this.hooks.onLeaderUpstream(message.upstream);
        this.local.publish(message.event);
      } else if (message.type === "signal") {
        this.hooks.onSignal(message.signal);
      } else if (message.type === "callbacks") {
        this.hooks.onCallbacks(message.at);
      } else if (fromPeer && this.hooks.upstreamState()) {
        // A hello: the tracker's instance re-announces its upstream state (browsers re-read the banner too).
        this.publish({ kind: "upstream" });
      }
    }
  }

  private send(message: WireMessage): void {
    if (this.channel) this.channel.send(message);
    // Not attached (tests, or a start-up failure): deliver here so this instance still works on its own.
    else void this.receive({ from: this.instanceId, messages: [message] });
  }
}

function isSettings(message: WireMessage): boolean {
  return message.type === "event" && message.event.kind === "settings";
}
