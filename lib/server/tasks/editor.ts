import "server-only";

import type { Viewer } from "@/lib/server/auth/viewer";
import { submitEdit, submitRetexture } from "@/lib/server/mj";
import { validateImage } from "@/lib/server/references";
import { referenceImage, storeInputImages, type TaskInputRow } from "@/lib/server/stored-references";

import { fingerprint, type SubmitExtras, type SubmitResult, upstreamOptions } from "./claim";
import { cutPaintedArea } from "./editor-image";
import { submitNewTask } from "./submit-protocol";

// Edit and Retexture (mj-api.md 4.12): any image plus a prompt, through the same submit protocol as imagine
// (claim → one upstream call → record → replay). The image is an upload or a stored reference (a gallery task or
// one grid cell, taken with POST /api/references); either way it is kept as the task's "source" input, and an
// edit's painted area as its "mask" input. Results are ordinary grids the tracker follows like any other.

type Source = { image?: string | undefined; referenceId?: string | undefined };

/** The source image as a stored reference of the viewer (uploads are validated and stored first). */
async function loadSource(
  input: Source,
  viewer: Viewer,
): Promise<{ referenceId: string; dataUrl: string; bytes: Buffer }> {
  let referenceId = input.referenceId;
  if (input.image !== undefined) {
    const [row] = await storeInputImages([{ dataUrl: input.image, role: "source" }], viewer);
    referenceId = row?.referenceId;
  }
  // The schema allows exactly one of the two; referenceImage answers 404 for an unknown id.
  const { bytes, mime } = await referenceImage(referenceId ?? "");
  return {
    referenceId: referenceId ?? "",
    bytes,
    dataUrl: `data:${mime};base64,${bytes.toString("base64")}`,
  };
}

function sourceRow(referenceId: string): TaskInputRow {
  return { position: 0, role: "source", weight: null, referenceId };
}

export async function createEdit(
  input: Source & { prompt: string; mask: string } & SubmitExtras,
  viewer: Viewer,
): Promise<SubmitResult> {
  const mask = await validateImage(input.mask, "The mask", { accept: ["image/png"] });
  const source = await loadSource(input, viewer);
  const cut = await cutPaintedArea(source.bytes, mask.bytes);
  const [maskRow] = await storeInputImages(
    [{ dataUrl: `data:image/png;base64,${cut.mask.toString("base64")}`, role: "mask" }],
    viewer,
  );
  const inputs = [sourceRow(source.referenceId), { ...(maskRow as TaskInputRow), position: 1 }];
  const inputHash = fingerprint(["EDIT", input.prompt, ...inputs.map((i) => i.referenceId)]);
  const image = `data:image/png;base64,${cut.png.toString("base64")}`;
  return submitNewTask(
    {
      row: {
        action: "EDIT",
        prompt: input.prompt,
        mode: input.mode,
        referenceCount: inputs.length,
        idempotencyKey: input.idempotencyKey,
        inputHash,
        inputs: { create: inputs },
      },
      sameRequest: { action: "EDIT", prompt: input.prompt, inputHash },
      send: (task) =>
        submitEdit({ prompt: input.prompt, image }, upstreamOptions(task, { state: input.state })),
    },
    viewer,
  );
}

export async function createRetexture(
  input: Source & { prompt: string } & SubmitExtras,
  viewer: Viewer,
): Promise<SubmitResult> {
  const source = await loadSource(input, viewer);
  const inputHash = fingerprint(["RETEXTURE", input.prompt, source.referenceId]);
  return submitNewTask(
    {
      row: {
        action: "RETEXTURE",
        prompt: input.prompt,
        mode: input.mode,
        referenceCount: 1,
        idempotencyKey: input.idempotencyKey,
        inputHash,
        inputs: { create: [sourceRow(source.referenceId)] },
      },
      sameRequest: { action: "RETEXTURE", prompt: input.prompt, inputHash },
      send: (task) =>
        submitRetexture(
          { prompt: input.prompt, image: source.dataUrl },
          upstreamOptions(task, { state: input.state }),
        ),
    },
    viewer,
  );
}
