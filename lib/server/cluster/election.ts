import "server-only";

import type pg from "pg";

import { dedicatedClient, dropClient, ping } from "./pg-connection";

/** The advisory lock whose holder runs the tracker ("mjstudio" in ASCII, as a bigint). */
export const TRACKER_LOCK_KEY = "7884241041688389999";
/** How often a non-leader asks for the lock, and how often the leader checks its connection. */
export const ELECTION_RETRY_MS = 2_000;

export interface ElectionOptions {
  connectionString: string;
  /** Called when this instance got the lock: start the tracker. */
  onElected: () => void;
  /**
   * Called at once when the lock may be gone (the connection errored, ended, or stopped answering): stop the
   * tracker before another instance can have taken over. The election then starts again by itself.
   */
  onDeposed: () => void;
  lockKey?: string;
  retryMs?: number;
  /** Names the connection in pg_stat_activity (tests end one by it). */
  applicationName?: string;
}

/**
 * Exactly one instance holds a session advisory lock on its own dedicated connection. Postgres drops the lock
 * when that connection closes (the process died, the network broke), and another instance, asking every couple
 * of seconds, takes it over. The holder pings its connection just as often, so a connection that died silently
 * deposes it on its own side as well.
 */
export class LeaderElection {
  private client: pg.Client | null = null;
  private leader = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly retryMs: number;
  private readonly lockKey: string;

  constructor(private readonly options: ElectionOptions) {
    this.retryMs = options.retryMs ?? ELECTION_RETRY_MS;
    this.lockKey = options.lockKey ?? TRACKER_LOCK_KEY;
  }

  isLeader(): boolean {
    return this.leader;
  }

  /** Resolves after the first attempt (won or not); later attempts run in the background. */
  start(): Promise<void> {
    return this.attempt();
  }

  /** Gives the lock up (ends the connection) and stops asking. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    this.depose();
    dropClient(client);
  }

  private async attempt(): Promise<void> {
    this.timer = null;
    if (this.stopped) return;
    try {
      const client = await this.connection();
      if (!this.leader) {
        const result = await client.query<{ won: boolean }>(
          "SELECT pg_try_advisory_lock($1::bigint) AS won",
          [this.lockKey],
        );
        if (result.rows[0]?.won && this.client === client && !this.stopped) {
          this.leader = true;
          this.options.onElected();
        }
      } else if (!(await ping(client))) {
        this.lost(client, "no answer to a ping");
      }
    } catch (error) {
      if (this.client) this.lost(this.client, (error as Error).message);
    }
    this.schedule();
  }

  private async connection(): Promise<pg.Client> {
    if (this.client) return this.client;
    const client = dedicatedClient(
      this.options.connectionString,
      (reason) => this.lost(client, reason),
      this.options.applicationName,
    );
    this.client = client;
    await client.connect();
    return client;
  }

  private schedule(): void {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => void this.attempt(), this.retryMs);
    this.timer.unref?.();
  }

  private lost(client: pg.Client, reason: string): void {
    if (this.client !== client) return;
    this.client = null;
    if (this.leader)
      console.warn(`[cluster] lost the tracker lock's connection (${reason}); stopping the tracker`);
    this.depose();
    dropClient(client);
    this.schedule();
  }

  private depose(): void {
    if (!this.leader) return;
    this.leader = false;
    this.options.onDeposed();
  }
}
