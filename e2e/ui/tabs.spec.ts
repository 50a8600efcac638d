import { expect, test, type Page } from "@playwright/test";

import { createImagine, simStats, waitForImage } from "../helpers/api";

// Open tabs must not multiply upstream calls: browsers poll OUR API; one server tracker polls the upstream.
test("upstream reads do not grow with the number of open tabs", async ({ browser, request }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one viewport is enough for a server-side property");
  test.setTimeout(120_000);

  async function upstreamReadsWith(tabs: number): Promise<{ reads: number; polls: number }> {
    const context = await browser.newContext();
    let polls = 0;
    context.on("request", (r) => {
      if (r.url().includes("/api/tasks/changes")) polls += 1;
    });
    const pages: Page[] = [];
    for (let i = 0; i < tabs; i++) {
      const page = await context.newPage();
      await page.goto("/");
      pages.push(page);
    }
    const before = await simStats(request);
    // Submitted from the first tab's UI so every tab is following a live task.
    const task = await createImagine(request, `tabs ${tabs} ${Date.now()}`);
    for (const page of pages) await expect(page.locator(`li[data-task-id="${task.id}"]`)).toBeVisible();
    await waitForImage(request, task.id);
    // Counted from submit to stored image only: page loads and the tabs catching up afterwards are not the
    // tracker's reads, and waiting for them made the window (and the count) depend on timing.
    const after = await simStats(request);
    for (const page of pages)
      await expect(page.locator(`li[data-task-id="${task.id}"]`)).toHaveAttribute("data-status", "succeeded");
    await context.close();
    const reads = Object.entries(after.requests)
      .filter(([k]) => /fetch|list-by/.test(k))
      .reduce((sum, [k, n]) => sum + n - (before.requests[k] ?? 0), 0);
    return { reads, polls };
  }

  const one = await upstreamReadsWith(1);
  const six = await upstreamReadsWith(6);
  // Six tabs poll our API several times as often...
  expect(six.polls).toBeGreaterThan(one.polls * 2);
  // ...but the upstream sees the same tracker cadence (a task's duration / tick), not six times the reads.
  // A per-tab cost would be about 6×; 2× leaves room for one task finishing a tick earlier or later.
  expect(six.reads).toBeLessThanOrEqual(one.reads * 2 + 2);
});

// A stream per tab would hold one of the browser's six connections per host each: the seventh tab never loaded.
test("the tabs of one browser share one stream, and every tab stays live", async ({
  browser,
  request,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one viewport is enough for a connection property");
  test.setTimeout(120_000);
  const context = await browser.newContext();
  let streams = 0;
  context.on("request", (r) => {
    if (r.url().includes("/api/tasks/stream")) streams += 1;
  });
  const pages: Page[] = [];
  for (let i = 0; i < 8; i++) {
    const page = await context.newPage();
    await page.goto("/");
    pages.push(page);
  }
  for (const page of pages) await expect(page.locator("body")).toHaveAttribute("data-live", "push");
  const task = await createImagine(request, `shared stream ${Date.now()}`);
  for (const page of pages)
    await expect(page.locator(`li[data-task-id="${task.id}"]`)).toHaveAttribute("data-status", "succeeded", {
      timeout: 30_000,
    });
  expect(streams).toBe(1);
  await context.close();
});
