// Push: an open tab learns of a task started elsewhere from the stream, without polling; when the stream
// fails it polls, and when the stream comes back it is pushed again, all without a reload.
import { expect, test } from "@playwright/test";

import { createImagine, waitForImage } from "../helpers/api";
import {
  expectReadsFollowMessages,
  expectSameDocument,
  liveLog,
  liveMode,
  markDocument,
  quietLogLength,
  recordLiveUpdates,
  suppressedIntervals,
} from "../helpers/live";
import { tileFor } from "../helpers/ui";

test("a second browser sees a task start and finish by push alone, with polling made impossible", async ({
  page,
  request,
}, testInfo) => {
  await recordLiveUpdates(page, { stopPolling: true });
  await page.goto("/");
  await expect(liveMode(page)).toHaveAttribute("data-live", "push");
  // The changes query did ask for a poll interval, and it was swallowed: polling cannot be what updates it.
  await expect.poll(() => suppressedIntervals(page)).not.toEqual([]);
  const before = (await liveLog(page)).length;

  // The first browser is the API client of the same account; this page never asks for the task by itself.
  const prompt = `pushed to a second browser ${testInfo.project.name} ${Date.now()}`;
  const task = await createImagine(request, prompt);
  const tile = tileFor(page, prompt);
  await expect(tile).toBeVisible();
  await waitForImage(request, task.id);
  await expect(tile).toHaveAttribute("data-status", "succeeded");

  expectReadsFollowMessages((await liveLog(page)).slice(before));
});

test("a failed stream falls back to polling and returns to push without a reload", async ({
  page,
  request,
}, testInfo) => {
  await recordLiveUpdates(page, { stopPolling: false });
  let attempts = 0;
  await page.route("**/api/tasks/stream*", (route) => {
    attempts += 1;
    return route.abort();
  });
  await page.goto("/");
  await markDocument(page);
  await expect.poll(() => attempts).toBeGreaterThan(0);
  await expect(liveMode(page)).toHaveAttribute("data-live", "poll");

  const polled = `seen by polling ${testInfo.project.name} ${Date.now()}`;
  await createImagine(request, polled);
  await expect(tileFor(page, polled)).toBeVisible();
  await expect(liveMode(page)).toHaveAttribute("data-live", "poll");

  await page.unroute("**/api/tasks/stream*");
  await expect(liveMode(page)).toHaveAttribute("data-live", "push", { timeout: 40_000 });
  const before = await quietLogLength(page);

  const pushed = `pushed after the stream came back ${testInfo.project.name} ${Date.now()}`;
  await createImagine(request, pushed);
  await expect(tileFor(page, pushed)).toBeVisible();
  expectReadsFollowMessages((await liveLog(page)).slice(before));
  await expectSameDocument(page);
});
