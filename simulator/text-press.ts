import "server-only";

import type { ChildInput } from "./builders";
import type { HandlerContext } from "./handler-context";
import { buildDescribeRetry, buildPromptChild, buildShowDetails } from "./media-builders";
import { rejections, submitResponse } from "./respond";
import { recordSubmit } from "./settings";
import { admitNew, openModal, reject } from "./submit-common";
import type { TextCustomId } from "./text-buttons";
import type { SimTask } from "./types";

// Pressing a button under a describe or shorten reply (mj-api.md 8.8): PicReader N / PromptAnalyzer N open the
// imagine dialog pre-filled with the N-th prompt (code 21); 🔄 describes again; Show Details analyses again;
// "Imagine all" imagines the four prompts at once (TRUE's answer: code 1 with "id1,id2,id3,id4").

export async function pressTextButton(
  ctx: HandlerContext,
  parent: SimTask,
  pressed: TextCustomId,
  input: ChildInput,
): Promise<Response> {
  const durationMs = ctx.settings.durationMs;
  switch (pressed.kind) {
    case "pic_reader":
    case "prompt_analyzer": {
      const kind = pressed.kind === "pic_reader" ? "PicReader" : "PromptAnalyzer";
      return openModal(
        ctx,
        (id, now) => buildPromptChild(parent, pressed.index, kind, input, id, now, durationMs),
        (task) => task.prompt,
      );
    }
    case "picread_retry":
      return admitNew(ctx, (id, now) => buildDescribeRetry(parent, input, id, now, durationMs));
    case "show_details":
      return admitNew(ctx, (id, now) => buildShowDetails(parent, input, id, now, durationMs));
    case "pic_reader_all":
      return imagineAll(ctx, parent, input);
  }
}

async function imagineAll(ctx: HandlerContext, parent: SimTask, input: ChildInput): Promise<Response> {
  const durationMs = ctx.settings.durationMs;
  const ids: string[] = [];
  for (const index of [1, 2, 3, 4]) {
    const result = await ctx.runtime.engine.admit((id, now) =>
      buildPromptChild(parent, index, null, input, id, now, durationMs),
    );
    // A full queue stops the batch; whatever was already admitted runs.
    if (!result.task) break;
    recordSubmit();
    ids.push(result.task.id);
  }
  if (ids.length === 0) return reject(ctx, rejections.queueFull());
  return submitResponse(ctx.settings, {
    code: 1,
    description: "Submit success",
    result: ids.join(","),
    properties: {},
  });
}
