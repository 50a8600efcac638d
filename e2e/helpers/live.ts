// Watching how a page hears of changes: a log, kept in the page, of the stream's messages and of the changes
// requests they lead to, in the order they happened.
import { expect, type Page } from "@playwright/test";

export type LiveLogEntry = "message" | "changes";

interface LiveWindow {
  __liveLog: LiveLogEntry[];
  __suppressedIntervals: number[];
  __sameDocument?: true;
}

/**
 * Call before the page loads. With `stopPolling`, every interval of a second or more is registered but never
 * fires, so TanStack's refetchInterval cannot poll: anything the page then learns came by the stream.
 */
export async function recordLiveUpdates(page: Page, options: { stopPolling: boolean }): Promise<void> {
  await page.addInitScript((stopPolling: boolean) => {
    const w = window as unknown as LiveWindow;
    const log: LiveLogEntry[] = (w.__liveLog = []);
    w.__suppressedIntervals = [];
    if (stopPolling) {
      const realSetInterval = window.setInterval.bind(window);
      window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
        if ((delay ?? 0) < 1_000) return realSetInterval(handler, delay, ...args);
        w.__suppressedIntervals.push(delay ?? 0);
        // A real id that clearInterval accepts, for a timer that never fires within any test.
        return realSetInterval(() => undefined, 2 ** 31 - 1);
      }) as typeof window.setInterval;
    }
    const RealEventSource = window.EventSource;
    window.EventSource = class extends RealEventSource {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        // Added before the app's own listeners, so a message is logged before the request it causes.
        for (const kind of ["tasks", "upstream", "settings"])
          this.addEventListener(kind, () => log.push("message"));
      }
    };
    const realFetch = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      if (url.includes("/api/tasks/changes")) log.push("changes");
      return realFetch(input, init);
    };
  }, options.stopPolling);
}

export async function liveLog(page: Page): Promise<LiveLogEntry[]> {
  return page.evaluate(() => (window as unknown as LiveWindow).__liveLog);
}

export async function suppressedIntervals(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as LiveWindow).__suppressedIntervals);
}

/** Marks the loaded document; `expectSameDocument` then proves nothing reloaded the page meanwhile. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => void ((window as unknown as LiveWindow).__sameDocument = true));
}

export async function expectSameDocument(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as LiveWindow).__sameDocument)).toBe(true);
}

/**
 * Every changes request in `entries` followed a stream message: the first comes after a message, and there
 * are no more requests than messages (the browser reads once per message at most, coalesced).
 */
export function expectReadsFollowMessages(entries: LiveLogEntry[]): void {
  const messages = entries.filter((e) => e === "message").length;
  const reads = entries.filter((e) => e === "changes").length;
  expect(messages, entries.join(" ")).toBeGreaterThan(0);
  expect(reads, entries.join(" ")).toBeGreaterThan(0);
  expect(entries.indexOf("message"), entries.join(" ")).toBeLessThan(entries.indexOf("changes"));
  expect(reads, entries.join(" ")).toBeLessThanOrEqual(messages);
}

export function liveMode(page: Page) {
  return page.locator("body");
}

/**
 * Waits until the page has made no changes request and had no message for `quietMs`, and returns the log's
 * length then: a baseline. After an outage, TanStack still retries (1, 2, 4 s apart) the polls that failed meanwhile; those
 * reads were not caused by any message and must not count against the stream.
 */
export async function quietLogLength(page: Page, quietMs = 5_000): Promise<number> {
  let length = -1;
  await expect
    .poll(
      async () => {
        const before = length;
        length = (await liveLog(page)).length;
        return length === before;
      },
      { timeout: 30_000, intervals: [quietMs] },
    )
    .toBe(true);
  return length;
}
