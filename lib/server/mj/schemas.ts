import "server-only";

import { z } from "zod";

// Wire schemas for what upstreams send back. They are deliberately tolerant: every field is
// optional and a field of the wrong type degrades to null (`.catch`) instead of failing the whole
// object, because four profiles (OSS / PLUS / TRUE / AGG) disagree on almost every detail.

const looseString = z.string().nullish().catch(null);
const looseNumberish = z.union([z.number(), z.string()]).nullish().catch(null);

/** Business code: a JSON number, or (defensively) a numeric string. */
const codeField = z.union([
  z.number().int(),
  z
    .string()
    .trim()
    .regex(/^-?\d+$/)
    .transform(Number),
]);

/** SubmitResult of /submit/* (section 2.1). `result` stays unknown: string, number, array or null. */
export const SubmitResultWire = z.looseObject({
  code: codeField,
  description: looseString,
  result: z.unknown().optional(),
  properties: z.record(z.string(), z.unknown()).nullish().catch(null),
});
export type SubmitResultWire = z.infer<typeof SubmitResultWire>;

/** new-api aggregator error body: HTTP 400 `{"description":"task_no_found ","type":"upstream_error","code":4}`. */
export const AggErrorWire = z.looseObject({
  type: z.literal("upstream_error"),
  description: z.string().catch(""),
  code: z.number().nullish().catch(null),
});

/** TRUE (.NET) model-binding / auth failure: `{"success":false,"code":-1,"message":"…"}`. */
export const TrueErrorWire = z.looseObject({
  success: z.literal(false),
  code: z.number().nullish().catch(null),
  message: z.string().catch(""),
});

/** new-api's own auth error `{"error":{"message":"…","type":"new_api_error"}}`, used only for text. */
const NestedErrorWire = z.looseObject({ error: z.looseObject({ message: z.string() }) });

export const ButtonWire = z.looseObject({
  customId: z.string().trim().min(1),
  label: z.string().nullish().catch(null),
  emoji: z.string().nullish().catch(null),
});

export const TaskWire = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish().catch(null),
  action: looseString,
  status: looseString,
  progress: looseNumberish,
  prompt: looseString,
  promptEn: looseString,
  imageUrl: looseString,
  imageWidth: looseNumberish,
  imageHeight: looseNumberish,
  failReason: looseString,
  state: looseString,
  submitTime: looseNumberish,
  startTime: looseNumberish,
  finishTime: looseNumberish,
  // AGG sends `properties: null` before its first sync.
  properties: z.looseObject({ finalPrompt: looseString }).nullish().catch(null),
  // Elements are validated one by one later so a single odd button does not drop the rest.
  buttons: z.array(z.unknown()).nullish().catch(null),
  // Video results (TRUE, newer AGG): a URL, and a list of URLs or {url, thumbnail} objects; reshape-video.ts.
  videoUrl: looseString,
  videoUrls: z.array(z.unknown()).nullish().catch(null),
});
export type TaskWire = z.infer<typeof TaskWire>;

/** Best human-readable text inside an error body, whatever its profile. */
export function bodyDescription(json: unknown): string {
  if (typeof json !== "object" || json === null) return "";
  const rec = json as Record<string, unknown>;
  for (const key of ["description", "message"] as const) {
    const v = rec[key];
    if (typeof v === "string" && v.trim()) return v.trim();
  }
  const nested = NestedErrorWire.safeParse(json);
  if (nested.success) return nested.data.error.message.trim();
  if (typeof rec.error === "string") return rec.error.trim();
  return "";
}
