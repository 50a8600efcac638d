// Team memory, shared by the routes and the browser: saved prompts and presets, the admins' named
// personalization / moodboard codes, and the upstream's balance as admins see it.
import { z } from "zod";

import { ImagineReference, MAX_IMAGINE_REFERENCES, ReferenceRole } from "./reference";
import { BotType, SpeedMode } from "./task";
import { MAX_PROMPT_LENGTH } from "./task-input";
import { text } from "./text";

export const MAX_PRESET_NAME_LENGTH = 80;
/** Per member: enough for a working library, bounded so one member cannot fill the database. */
export const MAX_PRESETS_PER_MEMBER = 200;
export const MAX_PROFILE_CODES = 200;
export const MAX_PROFILE_NAME_LENGTH = 80;
export const MAX_PROFILE_NOTE_LENGTH = 200;
export const MAX_PROFILE_CODE_LENGTH = 40;

export const PRESET_KINDS = ["preset", "prompt"] as const;
export const PresetKind = z.enum(PRESET_KINDS, { error: "kind must be preset or prompt" });
export const PresetSpeed = z.enum(["default", ...SpeedMode.options], {
  error: "speed must be default, fast, relax or turbo",
});
export type PresetSpeed = z.infer<typeof PresetSpeed>;

const presetName = text("name")
  .trim()
  .min(1, "name must not be empty")
  .max(MAX_PRESET_NAME_LENGTH, `name must be at most ${MAX_PRESET_NAME_LENGTH} characters`);

const presetPrompt = text("prompt", { multiline: true })
  .trim()
  .min(1, "prompt must not be empty")
  .max(MAX_PROMPT_LENGTH, `prompt must be at most ${MAX_PROMPT_LENGTH} characters`);

const presetReferences = z
  .array(ImagineReference)
  .max(MAX_IMAGINE_REFERENCES, `at most ${MAX_IMAGINE_REFERENCES} references`);

/** POST /api/presets. A saved prompt ("prompt") keeps only its text: references, bot and speed are refused. */
export const CreatePresetInput = z
  .strictObject({
    kind: PresetKind.default("preset"),
    name: presetName,
    prompt: presetPrompt,
    botType: BotType.default("MID_JOURNEY"),
    speed: PresetSpeed.default("default"),
    createMode: z.literal("imagine", { error: "createMode must be imagine" }).default("imagine"),
    references: presetReferences.default([]),
    shared: z.boolean({ error: "shared must be true or false" }).default(false),
  })
  .refine((v) => v.kind === "preset" || v.references.length === 0, {
    message: "a saved prompt keeps only its text: send kind preset to keep references",
    path: ["references"],
  });
export type CreatePresetInput = z.infer<typeof CreatePresetInput>;

/** PATCH /api/presets/:id: rename, share or unshare. The content is replaced by saving a new preset. */
export const UpdatePresetInput = z
  .strictObject({ name: presetName.optional(), shared: z.boolean().optional() })
  .refine((v) => v.name !== undefined || v.shared !== undefined, "send name or shared");
export type UpdatePresetInput = z.infer<typeof UpdatePresetInput>;

export const PresetReferenceDto = z.object({
  referenceId: z.string(),
  role: ReferenceRole,
  weight: z.number().nullable(),
  /** Our guarded image route; null when the reference was deleted since the preset was saved. */
  url: z.string().nullable(),
  width: z.number(),
  height: z.number(),
});
export type PresetReferenceDto = z.infer<typeof PresetReferenceDto>;

export const PresetDto = z.object({
  id: z.string(),
  kind: PresetKind,
  name: z.string(),
  prompt: z.string(),
  botType: BotType,
  speed: PresetSpeed,
  createMode: z.literal("imagine"),
  shared: z.boolean(),
  ownerName: z.string(),
  /** Whether the viewer may rename, share or delete it (the owner, or an admin). */
  mine: z.boolean(),
  canEdit: z.boolean(),
  references: z.array(PresetReferenceDto),
  updatedAt: z.string(),
});
export type PresetDto = z.infer<typeof PresetDto>;
export const PresetListDto = z.object({ items: z.array(PresetDto) });

// ---- profile codes ----------------------------------------------------------------------------------

export const PROFILE_KINDS = ["personalization", "moodboard"] as const;
export const ProfileKind = z.enum(PROFILE_KINDS, { error: "kind must be personalization or moodboard" });
export type ProfileKind = z.infer<typeof ProfileKind>;

/**
 * Midjourney's profile and moodboard codes are short letters-and-digits ids ("77724z8", "m7212345678"); the
 * format is not documented, so this stays lenient: letters, digits, "-" and "_", at most 40.
 */
export const PROFILE_CODE_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

export const CreateProfileCodeInput = z.strictObject({
  name: text("name")
    .trim()
    .min(1, "name must not be empty")
    .max(MAX_PROFILE_NAME_LENGTH, `name must be at most ${MAX_PROFILE_NAME_LENGTH} characters`),
  code: text("code")
    .trim()
    .max(MAX_PROFILE_CODE_LENGTH, `code must be at most ${MAX_PROFILE_CODE_LENGTH} characters`)
    .regex(PROFILE_CODE_PATTERN, "code may only contain letters, digits, - and _"),
  kind: ProfileKind,
  note: text("note")
    .trim()
    .max(MAX_PROFILE_NOTE_LENGTH, `note must be at most ${MAX_PROFILE_NOTE_LENGTH} characters`)
    .optional(),
});
export type CreateProfileCodeInput = z.infer<typeof CreateProfileCodeInput>;

export const ProfileCodeDto = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  kind: ProfileKind,
  note: z.string().nullable(),
});
export type ProfileCodeDto = z.infer<typeof ProfileCodeDto>;
export const ProfileCodeListDto = z.object({ items: z.array(ProfileCodeDto) });

// ---- upstream balance ---------------------------------------------------------------------------------

/**
 * What the configured upstream says about money or time left. "unavailable" is an answer, not an error: many
 * proxies expose nothing of the kind.
 */
export const UpstreamBalanceDto = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("billing"),
    /** USD: the key's limit and what it used; remaining when both are known. */
    limitUsd: z.number().nullable(),
    usedUsd: z.number().nullable(),
    remainingUsd: z.number().nullable(),
    checkedAt: z.string(),
  }),
  z.object({
    status: z.literal("fastTime"),
    /** Hours of fast time left over the proxy's accounts, as the proxy reports them. */
    remainingHours: z.number(),
    accounts: z.number().int(),
    checkedAt: z.string(),
  }),
  z.object({ status: z.literal("unavailable"), checkedAt: z.string() }),
]);
export type UpstreamBalanceDto = z.infer<typeof UpstreamBalanceDto>;
