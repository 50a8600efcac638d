import "server-only";

import { z } from "zod";

import { editorSupport, type EditorFeature, type EditorPath, rememberEditorSupport } from "./editor-support";
import { MjError } from "./errors";
import { postSubmit, type SubmitOptions, type SubmitOutcome } from "./submit";
import { uploadSupportKey } from "./upload-images";

// POST /mj/submit/edit (alias /edits) and /mj/submit/retexture (mj-api.md 4.12): an image and a prompt in, a 2×2
// grid out (task action EDIT / RETEXTURE; the aggregator labels edits EDITS). The contract has no mask field: like
// Midjourney's own web editor, an edit regenerates the image's transparent (erased) pixels, so the caller sends a
// PNG with the area to change cut out.

/** The body the proxies take: prompt and image required; the image as a data URL (TRUE also takes http(s)). */
export const EditorSubmitBody = z.object({
  prompt: z.string().trim().min(1, "prompt must not be empty"),
  image: z
    .string()
    .regex(/^(data:image\/[a-z0-9.+-]+;base64,|https?:\/\/)\S+$/i, "image must be a data URL or http(s) URL"),
});
export type EditorSubmitBody = z.input<typeof EditorSubmitBody>;

/** The paths to try, in order, for each feature. */
const PATHS: Record<EditorFeature, readonly EditorPath[]> = {
  edit: ["/submit/edit", "/submit/edits"],
  retexture: ["/submit/retexture"],
};

function notOffered(feature: EditorFeature): MjError {
  return new MjError("unsupported", { description: `this upstream does not offer ${feature}` });
}

/** True for "this route does not exist here" (a 404/405 with no MJ answer; see classifyErrorResponse). */
function routeMissing(error: unknown): boolean {
  return (
    error instanceof MjError &&
    error.kind === "unsupported" &&
    (error.httpStatus === 404 || error.httpStatus === 405)
  );
}

/**
 * Sends one edit or retexture. Tries the feature's paths in order and remembers the one that answered, so later
 * submits go straight to it; when every path is missing the feature is remembered as absent and MjError
 * "unsupported" is thrown without calling the upstream again.
 *
 * Money: moving on to the next path happens ONLY after a 404/405 without an MJ body — the route itself is not
 * there, so nothing was accepted or billed, and the second call is the first that can create a task. Any other
 * failure (a business code, a timeout, a 5xx) is thrown as is and never sent again.
 */
async function submitEditor(
  feature: EditorFeature,
  input: EditorSubmitBody,
  opts: SubmitOptions | undefined,
): Promise<SubmitOutcome> {
  const parsed = EditorSubmitBody.safeParse(input);
  if (!parsed.success) {
    throw new MjError("validation", { description: parsed.error.issues[0]?.message ?? "invalid body" });
  }
  const key = uploadSupportKey();
  const support = editorSupport(feature, key);
  if (support.state === "absent") throw notOffered(feature);
  const paths = support.state === "present" ? [support.path] : PATHS[feature];
  for (const path of paths) {
    try {
      const outcome = await postSubmit(path, parsed.data, opts);
      rememberEditorSupport(feature, key, { state: "present", path });
      return outcome;
    } catch (error) {
      if (!routeMissing(error)) {
        // A business answer (a SubmitResult code 3/4/24…) still proves the route exists.
        if (error instanceof MjError && error.upstreamCode !== null)
          rememberEditorSupport(feature, key, { state: "present", path });
        throw error;
      }
    }
  }
  rememberEditorSupport(feature, key, { state: "absent" });
  throw notOffered(feature);
}

/** POST /mj/submit/edit (or /edits): regenerates the image's transparent area from the prompt. */
export const submitEdit = (input: EditorSubmitBody, opts?: SubmitOptions) =>
  submitEditor("edit", input, opts);

/** POST /mj/submit/retexture: keeps the image's composition, new surfaces and style from the prompt. */
export const submitRetexture = (input: EditorSubmitBody, opts?: SubmitOptions) =>
  submitEditor("retexture", input, opts);

/** What the studio knows about the upstream's editor: "absent" hides the mode with an explanation. */
export function knownEditorSupport(): Record<EditorFeature, "unknown" | "present" | "absent"> {
  const key = uploadSupportKey();
  return {
    edit: editorSupport("edit", key).state,
    retexture: editorSupport("retexture", key).state,
  };
}
