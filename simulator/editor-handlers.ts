import "server-only";

import { buildEditorTask, type EditorAction } from "./editor-builders";
import type { HandlerContext } from "./handler-context";
import { findBannedWord } from "./prompt";
import { notFoundResponse, rejections } from "./respond";
import { EditorBody } from "./schemas";
import { admitBuilt, parseBody, reject } from "./submit-common";
import { inspectUpload, saveUpload } from "./uploads";

// POST /mj/submit/edit, /mj/submit/edits and /mj/submit/retexture (mj-api.md 4.12): prompt and image required;
// TRUE takes raw base64 as a PNG. `editor: false` in the settings makes all three 404 like a proxy without them,
// so e2e can watch the studio learn that and explain the missing mode. (The router offers /edits alone on the
// aggregator profile and none of them on OSS.)

/** Raw base64 gets a PNG prefix, as TRUE does; a data URL is taken as it is. */
function asDataUrl(image: string): string {
  return image.startsWith("data:") ? image : `data:image/png;base64,${image}`;
}

async function submitEditor(ctx: HandlerContext, action: EditorAction): Promise<Response> {
  if (!ctx.settings.editor) return notFoundResponse();
  const body = parseBody(ctx, EditorBody);
  if (body instanceof Response) return body;
  const banned = findBannedWord(body.prompt);
  if (banned) return reject(ctx, rejections.banned(body.prompt, banned));
  // The simulator cannot fetch the URLs TRUE also accepts; it reads uploaded bytes only.
  const upload = await inspectUpload(asDataUrl(body.image));
  if (!upload) return reject(ctx, rejections.validation("base64格式错误"));
  await saveUpload(ctx.runtime.store.imagesDir, upload);
  const { notifyHook, state, prompt } = body;
  return admitBuilt(ctx, buildEditorTask, { action, prompt, upload: upload.info, notifyHook, state });
}

export const submitEdit = (ctx: HandlerContext) => submitEditor(ctx, "EDIT");
export const submitRetexture = (ctx: HandlerContext) => submitEditor(ctx, "RETEXTURE");
