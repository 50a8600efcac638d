import "server-only";

export interface TickSchedulerOptions {
  /** One tracker pass. Never runs twice at once. */
  tick: () => Promise<void>;
  /** Delay after a pass before the next regular one (the poll policy's, or the backoff while failing). */
  nextDelayMs: () => number;
  /** The regular interval: a wake brings a pass forward at most once per interval. */
  intervalMs: () => number;
  /** How soon a granted wake runs (lets a burst of submits land in one batch). */
  wakeDelayMs: number;
}

/**
 * Runs the tracker's passes on one timer. Wakes (a new submit, a settings change) may bring the next pass
 * forward, but only once per interval, and a wake never pushes back a pass that is already due sooner: so a
 * flood of wakes cannot starve the tracker (the old code re-armed the timer on every wake, and callbacks
 * every 100 ms froze progress for 22 s).
 */
export class TickScheduler {
  private timer: NodeJS.Timeout | null = null;
  private dueAt = Number.POSITIVE_INFINITY;
  private ticking = false;
  private lastGrantedWakeAt = Number.NEGATIVE_INFINITY;
  private wokenDuringTick = false;
  private stopped = false;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly options: TickSchedulerOptions) {}

  /** Arms the first pass. */
  start(delayMs: number): void {
    this.runAt(Date.now() + delayMs);
  }

  /**
   * No pass starts after this (the timer is cleared and a running pass does not re-arm it). Resolves when the
   * pass already running, if any, has finished: it cannot be interrupted halfway, and its writes are
   * conditional anyway (apply.ts), so one that lands after another instance took over moves nothing backwards.
   */
  stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dueAt = Number.POSITIVE_INFINITY;
    return this.running;
  }

  /** Asks for an early pass; ignored when one was already granted within the last interval. */
  wake(): void {
    if (this.stopped) return;
    const now = Date.now();
    if (now - this.lastGrantedWakeAt < this.options.intervalMs()) return;
    this.lastGrantedWakeAt = now;
    // The running pass may have read the database before the change that woke us: follow up after it.
    if (this.ticking) this.wokenDuringTick = true;
    else this.runAt(now + this.options.wakeDelayMs);
  }

  private runAt(dueAt: number): void {
    if (this.stopped) return;
    if (this.timer && this.dueAt <= dueAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.dueAt = dueAt;
    this.timer = setTimeout(() => void this.fire(), Math.max(0, dueAt - Date.now()));
    this.timer.unref?.();
  }

  private fire(): Promise<void> {
    this.running = this.pass();
    return this.running;
  }

  private async pass(): Promise<void> {
    this.timer = null;
    this.dueAt = Number.POSITIVE_INFINITY;
    this.ticking = true;
    try {
      await this.options.tick();
    } catch (error) {
      // tick() records its own failures; this only keeps the loop alive if it ever throws.
      console.warn(`[tracker] pass threw: ${(error as Error).message}`);
    } finally {
      this.ticking = false;
      const regular = this.options.nextDelayMs();
      const delay = this.wokenDuringTick ? Math.min(regular, this.options.wakeDelayMs) : regular;
      this.wokenDuringTick = false;
      this.runAt(Date.now() + delay);
    }
  }
}
