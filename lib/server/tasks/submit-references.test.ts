// Imagine with stored references: the prompt the upstream gets carries --sref/--cref/--oref URLs from the
// upstream's own upload (learnt once when absent), else the studio's signed public links, else a clear refusal;
// the stored task keeps the member's prompt and lists every input.
import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { env } from "@/lib/server/mj/__fixtures__/env";
import * as W from "@/lib/server/mj/__fixtures__/wire";
import { forgetUploadSupport } from "@/lib/server/mj/upload-support";

import { MEMBER, rejection, submitSuite } from "./submit-fixture";

vi.mock("@/env.mjs", () => import("@/lib/server/mj/__fixtures__/env"));

const s = submitSuite();
beforeEach(() => forgetUploadSupport());

/** A new image each time: a reference remembers its uploaded URL, and each test must start without one. */
async function styleReference(background: string): Promise<string> {
  const bytes = await sharp({ create: { width: 32, height: 32, channels: 3, background } })
    .png()
    .toBuffer();
  const { createReferenceFromUpload } = await import("@/lib/server/stored-references");
  return (await createReferenceFromUpload(`data:image/png;base64,${bytes.toString("base64")}`, MEMBER)).id;
}

function imagine(referenceId: string, idempotencyKey: string) {
  return s.tasks.createImagine(
    {
      prompt: "a cat --ar 3:2",
      botType: "MID_JOURNEY",
      references: [],
      referenceInputs: [{ referenceId, role: "style", weight: 200 }],
      idempotencyKey,
    },
    MEMBER,
  );
}

const sentPrompts = () =>
  s.mock.up.requests
    .filter((r) => r.url.includes("/submit/imagine"))
    .map((r) => (JSON.parse(r.body) as { prompt: string }).prompt);

describe("imagine with a style reference", () => {
  it("sends the uploaded URL with its weight and stores the member's prompt with the input", async () => {
    const id = await styleReference("#ff0000");
    s.mock.up.setHandler((req) =>
      req.url.includes("upload-discord-images")
        ? { status: 200, body: { code: 1, description: "success", result: ["https://cdn.example/s.png"] } }
        : { status: 200, body: W.E2_QUEUED },
    );
    const { task } = await imagine(id, "key-ref-0001");
    expect(sentPrompts()).toEqual(["a cat --ar 3:2 --sref https://cdn.example/s.png --sw 200"]);
    expect(task.prompt).toBe("a cat --ar 3:2");
    const detail = await s.tasks.getTaskDetail(task.id, MEMBER);
    expect(detail.inputs).toMatchObject([{ position: 0, role: "style", weight: 200, reference: { id } }]);
  });

  it("falls back to the studio's public link when the upstream has no upload, and stops asking", async () => {
    const id = await styleReference("#00ff00");
    env.STUDIO_PUBLIC_URL = "https://studio.example";
    let submits = 0;
    s.mock.up.setHandler((req) =>
      req.url.includes("upload-discord-images")
        ? { status: 404, body: "" }
        : {
            status: 200,
            body: { ...(JSON.parse(W.E2_QUEUED) as object), result: `9100000000000${++submits}` },
          },
    );
    await imagine(id, "key-ref-0002");
    await imagine(id, "key-ref-0003");
    const uploads = s.mock.up.requests.filter((r) => r.url.includes("upload-discord-images"));
    expect(uploads).toHaveLength(1);
    for (const prompt of sentPrompts()) {
      expect(prompt).toMatch(
        /^a cat --ar 3:2 --sref https:\/\/studio\.example\/api\/public\/references\/\S+ --sw 200$/,
      );
    }
  });

  it("explains why when neither route exists, and sends nothing to imagine", async () => {
    const id = await styleReference("#0000ff");
    s.mock.up.setHandler(() => ({ status: 404, body: "" }));
    const error = await rejection(imagine(id, "key-ref-0004"));
    expect(error.code).toBe("validation_failed");
    expect(error.message).toMatch(/only image prompts are possible/);
    expect(sentPrompts()).toEqual([]);
  });
});

describe("the bound on unused references", () => {
  it("keeps a member's newest unused references and never one a task used", async () => {
    const used = await styleReference("#123456");
    s.mock.up.setHandler((req) =>
      req.url.includes("upload-discord-images")
        ? { status: 200, body: { code: 1, description: "success", result: ["https://cdn.example/u.png"] } }
        : { status: 200, body: W.E2_QUEUED },
    );
    await imagine(used, "key-ref-0005");
    const { MAX_UNUSED_REFERENCES_PER_MEMBER } = await import("@/lib/server/stored-references/store");
    const ids: string[] = [];
    for (let i = 0; i <= MAX_UNUSED_REFERENCES_PER_MEMBER; i++) {
      ids.push(await styleReference(`#${(0x100000 + i).toString(16)}`));
    }
    const kept = await s.db.reference.findMany({
      where: { ownerId: MEMBER.id, inputs: { none: {} } },
      select: { id: true },
    });
    expect(kept).toHaveLength(MAX_UNUSED_REFERENCES_PER_MEMBER);
    // An old unused one made room (creation times may tie within a millisecond, so not necessarily ids[0]);
    // the newest and the task's input stay.
    expect(kept.map((r) => r.id)).toContain(ids.at(-1));
    expect(await s.db.reference.findUnique({ where: { id: used } })).not.toBeNull();
    // Dozens of sharp-processed uploads: the default 5 s budget is too tight on a busy two-core CI box.
  }, 60_000);
});
