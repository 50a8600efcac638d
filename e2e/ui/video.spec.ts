import {
  type APIRequestContext,
  expect,
  type Locator,
  type Page,
  test,
  type TestInfo,
} from "@playwright/test";

import {
  buttonId,
  createImagine,
  getTask,
  listTasks,
  pressButton,
  restoreSimulatorAfterEach,
  simControl,
  simStats,
  waitForImage,
} from "../helpers/api";
import { lightbox, openCreatedTask, openCreateMode, pngFile, press, shot } from "../helpers/ui";

// Issue 13, video: Animate on an upscale, Extend and the video U1–U4 each send ONE upstream submit and end in a
// VIDEO task whose clips the studio stores and serves itself (/api/videos, with Range); the tile, the lightbox and
// the task page play them. "Animate image" starts from an uploaded frame; a relay without video says so.
test.describe.configure({ timeout: 180_000 });
restoreSimulatorAfterEach({ video: true });

/** Upstream submit presses and video submits so far (the tracker's reads are left out). */
async function submitCounts(request: APIRequestContext) {
  const { requests, submits } = await simStats(request);
  return {
    submits,
    actions: requests["POST /mj/submit/action"] ?? 0,
    videos: requests["POST /mj/submit/video"] ?? 0,
  };
}

/**
 * The <video> really plays OUR stored clip: its chosen source is /api/videos/<task>/… on this origin, it has
 * decoded data (readyState ≥ HAVE_CURRENT_DATA, no media error), it is not paused and has played some of it.
 */
async function expectPlaying(video: Locator, taskId: string): Promise<void> {
  await expect
    .poll(
      () =>
        video.evaluate((v: HTMLVideoElement, id) => {
          const src = v.currentSrc ? new URL(v.currentSrc) : null;
          return {
            ours: src?.origin === window.location.origin && src.pathname.startsWith(`/api/videos/${id}/`),
            decoded: v.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA,
            error: v.error?.code ?? 0,
            running: !v.paused && !v.ended,
            played: v.played.length > 0,
          };
        }, taskId),
      { timeout: 20_000 },
    )
    .toEqual({ ours: true, decoded: true, error: 0, running: true, played: true });
}

/** A V7 upscale (Midjourney offers Animate from V7 on), made through our API. */
async function v7Upscale(request: APIRequestContext, testInfo: TestInfo, what: string) {
  const prompt = `${what} ${testInfo.project.name} ${Date.now()} --v 7`;
  const grid = await waitForImage(request, (await createImagine(request, prompt)).id);
  const up = await waitForImage(request, (await pressButton(request, grid.id, buttonId(grid, "U1"))).id);
  return { prompt, up };
}

/** After a press on a task page the child's page replaces it: the child's id, once the article shows it. */
async function childPage(page: Page, parentId: string): Promise<string> {
  await expect(page).not.toHaveURL(new RegExp(`/tasks/${parentId}$`));
  await expect(page).toHaveURL(/\/tasks\/[a-z0-9]+$/);
  const childId = page.url().split("/tasks/")[1] ?? "";
  await expect(page.locator("article[data-task-id]")).toHaveAttribute("data-task-id", childId);
  return childId;
}

/** Presses one of the task page's upstream buttons and checks it cost exactly one upstream submit. */
async function pressOnce(page: Page, request: APIRequestContext, testInfo: TestInfo, name: string) {
  const before = await submitCounts(request);
  const parentId = (await page.locator("article[data-task-id]").getAttribute("data-task-id")) ?? "";
  await press(page.getByRole("button", { name, exact: true }), testInfo);
  const childId = await childPage(page, parentId);
  const after = await submitCounts(request);
  expect({ submits: after.submits - before.submits, actions: after.actions - before.actions }).toEqual({
    submits: 1,
    actions: 1,
  });
  return childId;
}

/** The task page's player, once the task's clips are stored; returns it and checks it plays. */
async function pagePlayer(page: Page, taskId: string, clips: number): Promise<Locator> {
  const player = page.locator("article[data-task-id]").getByTestId("video-player");
  await expect(player).toBeVisible({ timeout: 45_000 });
  await expectPlaying(player, taskId);
  const task = await getTask(page.request, taskId);
  expect({ action: task.action, clips: task.videos.length, mime: task.videos[0]?.mimeType }).toEqual({
    action: "VIDEO",
    clips,
    mime: "video/mp4",
  });
  return player;
}

test("animate an upscale → the clip plays in the tile and the lightbox; extend it; upscale a video", async ({
  page,
  request,
}, testInfo) => {
  const { up } = await v7Upscale(request, testInfo, "video fox");
  await page.goto(`/tasks/${up.id}`);
  await expect(page.getByRole("button", { name: "Animate (High motion)", exact: true })).toBeVisible();

  const animated = await pressOnce(page, request, testInfo, "Animate (Low motion)");
  await pagePlayer(page, animated, 4);
  await expect(page.getByTestId("video-choice")).toHaveCount(4);
  await shot(page, testInfo, "video-1-animated-page");

  // The clip as stored: served by us with Range (a <video> seeks with it) and downloadable with a name.
  const [clip] = (await getTask(request, animated)).videos;
  const ranged = await request.get(clip!.url, { headers: { Range: "bytes=0-99" } });
  expect([ranged.status(), ranged.headers()["content-range"], (await ranged.body()).length]).toEqual([
    206,
    `bytes 0-99/${clip!.bytes}`,
    100,
  ]);
  const download = await request.get(clip!.downloadUrl);
  expect(download.headers()["content-type"]).toBe("video/mp4");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="mj-.+-video-1\.mp4"$/);
  expect((await download.body()).subarray(4, 8).toString("latin1")).toBe("ftyp");

  // The gallery: the tile plays the clip muted and looping; the lightbox plays it with controls.
  await page.goto("/");
  const tile = page.locator(`li[data-task-id="${animated}"]`);
  const tileVideo = tile.getByTestId("tile-video");
  await expect(tileVideo).toHaveJSProperty("muted", true);
  await expect(tileVideo).toHaveJSProperty("loop", true);
  await expect(tile.getByTestId("video-badge")).toHaveText("Video · 4");
  await expectPlaying(tileVideo, animated);
  await shot(page, testInfo, "video-2-gallery-tile");
  await press(tile.getByTestId("tile-link"), testInfo);
  const player = lightbox(page).getByTestId("video-player");
  await expect(player).toHaveJSProperty("controls", true);
  await expectPlaying(player, animated);
  await expect(lightbox(page).getByRole("link", { name: "Download video 1" })).toBeVisible();
  await shot(page, testInfo, "video-3-lightbox");

  // Extend, then the video's own U2: each a new VIDEO task, one submit each.
  await page.goto(`/tasks/${animated}`);
  const extended = await pressOnce(page, request, testInfo, "Extend (High motion)");
  await pagePlayer(page, extended, 4);
  const single = await pressOnce(page, request, testInfo, "U2");
  await pagePlayer(page, single, 1);
  await expect(page.getByTestId("video-choice")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Download video" })).toBeVisible();
  await shot(page, testInfo, "video-4-upscaled-video");
});

test("Animate image from an uploaded start frame: 2 clips at 720p, one submit", async ({
  page,
  request,
}, testInfo) => {
  const prompt = `waves roll ${testInfo.project.name} ${Date.now()}`;
  const panel = await openCreateMode(page, testInfo, "Animate");
  await panel
    .getByLabel("Start frame", { exact: true })
    .setInputFiles([await pngFile("start.png", 640, 480, "#0ea5e9")]);
  await expect(panel.getByTestId("animate-start")).toHaveAttribute("data-filled", "true");
  await panel.getByLabel("Motion prompt (optional)").fill(prompt);
  // Segmented controls: the radios are visually hidden inside their labels, so the label is what a finger presses.
  for (const [group, choice] of [
    ["Motion", "High"],
    ["Clips", "2"],
    ["Resolution", "720p"],
  ] as const) {
    const radio = panel.getByRole("group", { name: group }).getByRole("radio", { name: choice, exact: true });
    await press(radio.locator("xpath=ancestor::label[1]"), testInfo);
    await expect(radio).toBeChecked();
  }
  await press(panel.getByLabel("Loop (the clip ends where it starts)"), testInfo);
  await shot(page, testInfo, "video-5-animate-form");

  const before = await submitCounts(request);
  await press(panel.getByRole("button", { name: "Animate", exact: true }), testInfo);
  const detail = await openCreatedTask(page, testInfo);
  const after = await submitCounts(request);
  expect({ submits: after.submits - before.submits, videos: after.videos - before.videos }).toEqual({
    submits: 1,
    videos: 1,
  });
  const id = (await detail.getAttribute("data-task-id")) ?? "";
  await pagePlayer(page, id, 2);
  await press(page.getByRole("radio", { name: "Clip 2" }), testInfo);
  const player = page.getByTestId("video-player");
  await expect(player).toHaveAttribute("data-video-n", "2");
  await expectPlaying(player, id);
  expect(new URL(await player.evaluate((v: HTMLVideoElement) => v.currentSrc)).pathname).toBe(
    `/api/videos/${id}/2`,
  );
  await shot(page, testInfo, "video-6-animate-image-result");
});

test("a relay without video: the form says so, keeps the frame, and no task is made", async ({
  page,
  request,
}, testInfo) => {
  await simControl(request, { video: false });
  const prompt = `no video here ${testInfo.project.name} ${Date.now()}`;
  const panel = await openCreateMode(page, testInfo, "Animate");
  await panel
    .getByLabel("Start frame", { exact: true })
    .setInputFiles([await pngFile("frame.png", 400, 400, "#a855f7")]);
  await panel.getByLabel("Motion prompt (optional)").fill(prompt);
  const before = await submitCounts(request);
  await press(panel.getByRole("button", { name: "Animate", exact: true }), testInfo);
  await expect(panel.getByTestId("create-error")).toHaveText(
    "Video is switched off on the Midjourney service this studio uses. Ask whoever runs that service to enable it.",
  );
  await expect(panel.getByTestId("animate-start")).toHaveAttribute("data-filled", "true");
  await panel.getByTestId("create-error").scrollIntoViewIfNeeded();
  const after = await submitCounts(request);
  expect({ asked: after.videos - before.videos, accepted: after.submits - before.submits }).toEqual({
    asked: 1,
    accepted: 0,
  });
  expect((await listTasks(request, `q=${encodeURIComponent(prompt)}`)).items).toHaveLength(0);
  await shot(page, testInfo, "video-7-disabled");
});
