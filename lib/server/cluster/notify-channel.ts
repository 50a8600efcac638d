import "server-only";

import type pg from "pg";

import { dedicatedClient, dropClient, ping } from "./pg-connection";
import {
  CHANNEL,
  packMessages,
  parsePayload,
  reconnectDelayMs,
  type WireMessage,
  type WirePayload,
} from "./wire";

/** How often the listening connection is checked while nothing arrives. */
const LISTENER_PING_MS = 10_000;

export interface NotifyChannelOptions {
  connectionString: string;
  /** Sends go through a pool: a NOTIFY needs no session state, and the listener may be reconnecting. */
  pool: pg.Pool;
  /** This instance, so receivers can tell their own messages from others'. */
  instanceId: string;
  /** Every payload, from any instance (this one's included), in the order Postgres delivered them. */
  onPayload: (payload: WirePayload) => Promise<void> | void;
  /** The listener is (back) in place: `first` is false after a reconnect, when something may have been missed. */
  onListening: (first: boolean) => void;
  channel?: string;
  random?: () => number;
  /** Names the connection in pg_stat_activity (tests end one by it). */
  applicationName?: string;
}

/**
 * One LISTEN connection (reconnected with backoff) and a send queue. What is sent in one turn of the event loop
 * goes out as as few NOTIFYs as fit (wire.ts packs them), in order. A send that fails (the database is away) is
 * delivered here anyway, so this instance's own browsers still hear about its own changes.
 */
export class NotifyChannel {
  private readonly channel: string;
  private client: pg.Client | null = null;
  private stopped = false;
  private everListened = false;
  private failures = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private pingTimer: NodeJS.Timeout | null = null;
  private queued: WireMessage[] = [];
  private flushScheduled = false;
  private sending: Promise<void> = Promise.resolve();
  private receiving: Promise<void> = Promise.resolve();

  constructor(private readonly options: NotifyChannelOptions) {
    this.channel = options.channel ?? CHANNEL;
  }

  /** Resolves once the first LISTEN is in place or has failed (it is then retried in the background). */
  start(): Promise<void> {
    return this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    dropClient(this.client);
    this.client = null;
    await this.sending;
  }

  send(message: WireMessage): void {
    this.queued.push(message);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    const messages = this.queued;
    this.queued = [];
    const payloads = packMessages(this.options.instanceId, messages);
    this.sending = this.sending.then(async () => {
      for (const payload of payloads) {
        try {
          await this.options.pool.query("SELECT pg_notify($1, $2)", [this.channel, payload]);
        } catch (error) {
          console.warn(`[cluster] could not notify the other instances: ${(error as Error).message}`);
          const parsed = parsePayload(payload);
          if (parsed) this.receive(parsed);
        }
      }
    });
  }

  private receive(payload: WirePayload): void {
    // One payload at a time: a settings reload finishes before the events after it are delivered.
    this.receiving = this.receiving.then(async () => {
      try {
        await this.options.onPayload(payload);
      } catch (error) {
        console.warn(`[cluster] handling a notification failed: ${(error as Error).message}`);
      }
    });
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = dedicatedClient(
      this.options.connectionString,
      (reason) => this.lost(client, reason),
      this.options.applicationName,
    );
    this.client = client;
    client.on("notification", (note) => {
      if (note.channel !== this.channel || !note.payload) return;
      const payload = parsePayload(note.payload);
      if (payload) this.receive(payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (error) {
      this.lost(client, (error as Error).message);
      return;
    }
    if (this.stopped || this.client !== client) return;
    this.failures = 0;
    this.pingTimer = setInterval(() => void this.check(client), LISTENER_PING_MS);
    this.pingTimer.unref?.();
    const first = !this.everListened;
    this.everListened = true;
    this.options.onListening(first);
  }

  private async check(client: pg.Client): Promise<void> {
    if (!(await ping(client))) this.lost(client, "no answer to a ping");
  }

  private lost(client: pg.Client, reason: string): void {
    if (this.client !== client) return;
    this.client = null;
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = null;
    dropClient(client);
    if (this.stopped) return;
    const delay = reconnectDelayMs(this.failures, this.options.random);
    this.failures += 1;
    console.warn(`[cluster] lost the notification listener (${reason}); reconnecting in ${delay} ms`);
    this.retryTimer = setTimeout(() => void this.connect(), delay);
    this.retryTimer.unref?.();
  }
}
