import "server-only";

import { z } from "zod";

// Request bodies. Error texts are the ones the proxies answer with code 4 (mj-api.md 3), so a bad field reads
// like a real upstream rejection.

export const IMAGE_DATA_URL = /^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+={0,2}$/;
export const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

const optionalText = (error: string, max: number) =>
  z
    .string({ error })
    .max(max, { error })
    .nullish()
    .transform((v) => (v && v.trim() !== "" ? v : null));

const common = {
  notifyHook: optionalText("notifyHook参数错误", 2000),
  state: optionalText("State参数过长，最大255字符", 255),
  accountFilter: z.unknown().optional(),
};

const taskId = z.string({ error: "taskId不能为空" }).trim().min(1, { error: "taskId不能为空" });
const dataUrl = z.string({ error: "base64格式错误" }).regex(IMAGE_DATA_URL, { error: "base64格式错误" });

export const ImagineBody = z.object(
  {
    prompt: z.string({ error: "prompt不能为空" }).trim().min(1, { error: "prompt不能为空" }),
    base64Array: z.array(dataUrl, { error: "base64格式错误" }).nullish(),
    // OSS's deprecated single-image field; appended to base64Array.
    base64: dataUrl.nullish(),
    botType: z.enum(["MID_JOURNEY", "NIJI_JOURNEY"], { error: "botType参数错误" }).nullish(),
    ...common,
  },
  { error: "参数错误" },
);

export const ActionBody = z.object(
  {
    taskId,
    customId: z.string({ error: "customId不能为空" }).trim().min(1, { error: "customId不能为空" }),
    chooseSameChannel: z.boolean({ error: "chooseSameChannel参数错误" }).nullish(),
    enableRemix: z.boolean({ error: "enableRemix参数错误" }).nullish(),
    ...common,
  },
  { error: "参数错误" },
);

export const ModalBody = z.object(
  {
    taskId,
    prompt: z.string({ error: "prompt参数错误" }).nullish(),
    maskBase64: z.string({ error: "maskBase64参数错误" }).nullish(),
    ...common,
  },
  { error: "参数错误" },
);

export const ChangeBody = z
  .object(
    {
      taskId,
      action: z.enum(["UPSCALE", "VARIATION", "REROLL"], { error: "action参数错误" }),
      index: z
        .number({ error: "index参数错误" })
        .int({ error: "index参数错误" })
        .min(1, { error: "index参数错误" })
        .max(4, { error: "index参数错误" })
        .nullish(),
      ...common,
    },
    { error: "参数错误" },
  )
  .refine((b) => b.action === "REROLL" || (b.index !== null && b.index !== undefined), {
    error: "index参数错误",
  });

export const SimpleChangeBody = z.object(
  {
    content: z
      .string({ error: "content参数错误" })
      .regex(/^\s*\S+ [UuVvRr][1-4]?\s*$/, { error: "content参数错误" }),
    ...common,
  },
  { error: "参数错误" },
);

const botType = z.enum(["MID_JOURNEY", "NIJI_JOURNEY"], { error: "botType参数错误" }).nullish();

export const DescribeBody = z.object(
  {
    base64: dataUrl,
    // TRUE's alternatives; accepted and ignored (the simulator only reads uploaded bytes).
    link: z.string().nullish(),
    language: z.string().nullish(),
    botType,
    ...common,
  },
  { error: "参数错误" },
);

/** Items are checked by the handler after the count, in OSS's order: count → base64List, item → base64格式错误. */
export const BlendBody = z.object(
  {
    base64Array: z
      .array(z.unknown(), { error: "base64List参数错误" })
      .min(2, { error: "base64List参数错误" })
      .max(5, { error: "base64List参数错误" }),
    // Missing = SQUARE; an explicit null fails the enum, as OSS's `dimensions参数错误`.
    dimensions: z.enum(["PORTRAIT", "SQUARE", "LANDSCAPE"], { error: "dimensions参数错误" }).optional(),
    botType,
    ...common,
  },
  { error: "参数错误" },
);

const frame = (field: string) =>
  z
    .string({ error: `${field}参数错误` })
    .trim()
    .refine((v) => v === "" || /^https?:\/\/\S+$/i.test(v) || IMAGE_DATA_URL.test(v), {
      error: `${field}参数错误`,
    })
    .nullish()
    .transform((v) => v || null);

/** TRUE's SubmitVideoDTO (mj-api.md 4.11); which fields an extend needs is checked by the handler. */
export const VideoBody = z.object(
  {
    prompt: z.string({ error: "prompt不能为空" }).trim().min(1, { error: "prompt不能为空" }),
    motion: z.enum(["low", "high"], { error: "motion参数错误" }).nullish(),
    image: frame("image"),
    endImage: frame("endImage"),
    loop: z.boolean({ error: "loop参数错误" }).nullish(),
    action: z.enum(["extend"], { error: "action参数错误" }).nullish(),
    taskId: z.string({ error: "taskId不能为空" }).trim().nullish(),
    index: z
      .number({ error: "index参数错误" })
      .int({ error: "index参数错误" })
      .min(0, { error: "index参数错误" })
      .max(3, { error: "index参数错误" })
      .nullish(),
    videoType: z.enum(["vid_1.1_i2v_480", "vid_1.1_i2v_720"], { error: "videoType参数错误" }).nullish(),
    batchSize: z.union([z.literal(1), z.literal(2), z.literal(4)], { error: "batchSize参数错误" }).nullish(),
    botType,
    ...common,
  },
  { error: "参数错误" },
);

export const ShortenBody = z.object(
  {
    prompt: z.string({ error: "prompt不能为空" }).trim().min(1, { error: "prompt不能为空" }),
    botType,
    ...common,
  },
  { error: "参数错误" },
);

/** Presence is checked by the handler so the aggregator can answer with its own error text. */
export const SwapFaceBody = z.object(
  {
    sourceBase64: z.unknown().optional(),
    targetBase64: z.unknown().optional(),
    ...common,
  },
  { error: "参数错误" },
);

/** POST /mj/submit/edit(s), /mj/submit/retexture (mj-api.md 4.12): prompt and image required. */
export const EditorBody = z.object(
  {
    prompt: z.string({ error: "prompt不能为空" }).trim().min(1, { error: "prompt不能为空" }),
    image: z.string({ error: "image不能为空" }).trim().min(1, { error: "image不能为空" }),
    ...common,
  },
  { error: "参数错误" },
);

/** POST /mj/submit/upload-discord-images (mj-api.md 4.10): at least one image, as data URLs. */
export const UploadImagesBody = z.object(
  { base64Array: z.array(z.unknown()).min(1, "base64Array参数错误").max(10, "base64Array参数错误") },
  { error: "base64Array参数错误" },
);

export const IdsBody = z.object(
  { ids: z.array(z.union([z.string(), z.number()]), { error: "ids参数错误" }).nullish() },
  { error: "参数错误" },
);

export const ControlBody = z.strictObject({
  profile: z.enum(["native", "oss", "aggregator"]).optional(),
  durationMs: z.number().int().min(0).max(3_600_000).optional(),
  concurrency: z.number().int().min(1).max(100).optional(),
  queueSize: z.number().int().min(0).max(10_000).optional(),
  numericResult: z.boolean().optional(),
  outage: z.boolean().optional(),
  garbage: z.boolean().optional(),
  loseNextSubmitAnswers: z.number().int().min(0).max(100).optional(),
  remix: z.boolean().optional(),
  imageTtlSeconds: z
    .number()
    .int()
    .min(1)
    .max(365 * 86_400)
    .optional(),
  ignoreNotifyHook: z.boolean().optional(),
  uploadImages: z.boolean().optional(),
  editor: z.boolean().optional(),
  billing: z.boolean().optional(),
  video: z.boolean().optional(),
});

/** A PNG data URL whose payload really starts with the PNG signature (Vary (Region) masks). */
export function isPngDataUrl(value: string): boolean {
  if (!PNG_DATA_URL.test(value)) return false;
  const payload = value.slice(value.indexOf(",") + 1, value.indexOf(",") + 1 + 12);
  return Buffer.from(payload, "base64")
    .subarray(0, 8)
    .equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
}

/** The first issue's message, which the schemas above set to the proxy's own wording. */
export function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? "参数错误";
}
