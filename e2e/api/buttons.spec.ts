import { expect, test, type APIRequestContext } from "@playwright/test";

import type { TaskDto } from "@/lib/schemas/task";

import {
  createImagine,
  getTask,
  key,
  pngDataUrl,
  pressButton,
  simControl,
  waitForImage,
  waitForStatus,
} from "../helpers/api";
import { jsonAs } from "../helpers/json";

// Every customId family of mj-api.md section 8, pressed through OUR API (studio → façade → HTTP → simulator),
// checking the action the upstream gives the child task (read back by the tracker, not our own guess).

test.beforeAll(async ({ request }) => {
  // Many children run at once here; a roomy simulator keeps queue-full answers out of this test.
  await simControl(request, { concurrency: 30, queueSize: 100 });
});
test.afterAll(async ({ request }) => {
  await simControl(request, { concurrency: 3, queueSize: 10 });
});

type Expectation = { action: string; status: "succeeded" | "modal" };

/** The family of a customId with its index / version parts kept, e.g. "JOB::upsample_v6r1_2x_subtle". */
function familyOf(customId: string): string {
  const parts = customId.split("::");
  if (parts[1] === "JOB") return `JOB::${parts[2]}`;
  if (parts[1] === "Outpaint") return `Outpaint::${parts[2]}`;
  if (parts[1] === "Job") return `Job::${parts[2]}::${parts[3]}`;
  return parts[1] ?? customId;
}

function expected(family: string, parentAction: string): Expectation | "refused" {
  if (family === "BOOKMARK") return "refused";
  if (family === "JOB::upsample" || family.startsWith("JOB::upsample_"))
    return { action: "UPSCALE", status: "succeeded" };
  if (family === "JOB::variation" || family === "JOB::low_variation" || family === "JOB::high_variation") {
    return { action: "VARIATION", status: "succeeded" };
  }
  if (family === "JOB::reroll")
    return { action: parentAction === "UPSCALE" ? "IMAGINE" : parentAction, status: "succeeded" };
  if (family.startsWith("JOB::pan_")) return { action: "PAN", status: "succeeded" };
  // Animate (V7 / Niji 7 upscales, mj-api.md 4.11): a VIDEO task.
  if (family === "JOB::animate_high" || family === "JOB::animate_low")
    return { action: "VIDEO", status: "succeeded" };
  if (family.startsWith("Outpaint::")) return { action: "ZOOM", status: "succeeded" };
  if (family === "CustomZoom") return { action: "ZOOM", status: "modal" };
  if (family === "Inpaint") return { action: "VARIATION", status: "modal" };
  if (/^Job::PicReader::[1-4]$/.test(family)) return { action: "IMAGINE", status: "modal" };
  if (family === "Job::PicReader::all") return { action: "IMAGINE", status: "succeeded" };
  if (family === "Picread") return { action: "DESCRIBE", status: "succeeded" };
  if (/^Job::PromptAnalyzer::[1-5]$/.test(family)) return { action: "IMAGINE", status: "modal" };
  if (family === "Job::PromptAnalyzer::ShowDetails") return { action: "SHORTEN", status: "succeeded" };
  throw new Error(`No expectation for button family ${family}`);
}

/** Presses every button of `parent` at once, then checks each child's upstream action. Returns the families seen. */
async function pressAll(request: APIRequestContext, parent: TaskDto): Promise<string[]> {
  const pressed: Array<{ child: TaskDto; want: Expectation; family: string }> = [];
  for (const button of parent.buttons) {
    const family = familyOf(button.customId);
    const want = expected(family, parent.action);
    if (want === "refused") {
      const res = await request.post(`/api/tasks/${parent.id}/actions`, {
        data: { customId: button.customId, idempotencyKey: key() },
      });
      expect(res.status(), family).toBe(422);
      continue;
    }
    pressed.push({ child: await pressButton(request, parent.id, button.customId), want, family });
  }
  for (const { child, want, family } of pressed) {
    const done = await waitForStatus(request, child.id, [want.status]);
    expect(done.action, `${family} on ${parent.action}`).toBe(want.action);
    expect(done.parent?.id).toBe(parent.id);
  }
  return parent.buttons.map((b) => familyOf(b.customId));
}

test("grid buttons: U1–U4, reroll, V1–V4", async ({ request }) => {
  const grid = await waitForImage(request, (await createImagine(request, "grid families --v 7")).id);
  const families = await pressAll(request, grid);
  expect(new Set(families)).toEqual(new Set(["JOB::upsample", "JOB::reroll", "JOB::variation"]));
});

for (const version of ["--v 5.2", "--v 6", "--v 6.1", "--v 7", "--niji 6"]) {
  test(`upscaled-image buttons of ${version}`, async ({ request }) => {
    test.setTimeout(120_000);
    const grid = await waitForImage(
      request,
      (await createImagine(request, `single families ${version} --ar 3:2`)).id,
    );
    const upscale = await waitForImage(
      request,
      (await pressButton(request, grid.id, grid.buttons[0]!.customId)).id,
    );
    const families = await pressAll(request, upscale);
    expect(families).toEqual(
      expect.arrayContaining([
        "JOB::low_variation",
        "JOB::high_variation",
        "Inpaint",
        "Outpaint::50",
        "Outpaint::75",
        "Outpaint::100",
        "CustomZoom",
        "JOB::pan_left",
        "JOB::pan_right",
        "JOB::pan_up",
        "JOB::pan_down",
      ]),
    );
    expect(families.filter((f) => f.startsWith("JOB::upsample_"))).toHaveLength(2);
    const animate = families.filter((f) => f.startsWith("JOB::animate_"));
    expect(animate.sort()).toEqual(version === "--v 7" ? ["JOB::animate_high", "JOB::animate_low"] : []);
  });
}

test("describe and shorten buttons", async ({ request }) => {
  test.setTimeout(120_000);
  const image = await pngDataUrl(256, 256, "#16a34a");
  const describeRes = await request.post("/api/describe", { data: { image, idempotencyKey: key() } });
  expect(describeRes.status()).toBe(201);
  const described = await waitForStatus(request, (await jsonAs<TaskDto>(describeRes)).id, ["succeeded"]);
  expect(await pressAll(request, described)).toEqual(
    expect.arrayContaining(["Job::PicReader::1", "Job::PicReader::4", "Job::PicReader::all", "Picread"]),
  );

  const shortenRes = await request.post("/api/shorten", {
    data: {
      prompt: "an ornate victorian greenhouse full of orchids, volumetric light",
      idempotencyKey: key(),
    },
  });
  expect(shortenRes.status()).toBe(201);
  const shortened = await waitForStatus(request, (await jsonAs<TaskDto>(shortenRes)).id, ["succeeded"]);
  expect(await pressAll(request, shortened)).toEqual(
    expect.arrayContaining([
      "Job::PromptAnalyzer::1",
      "Job::PromptAnalyzer::5",
      "Job::PromptAnalyzer::ShowDetails",
    ]),
  );
  expect((await getTask(request, shortened.id)).children.length).toBeGreaterThanOrEqual(6);
});
