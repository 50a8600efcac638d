// Prompt batches (lib/prompt-batch expands the text): the create request and what the API answers with, shared
// by the route handlers and the browser.
import { z } from "zod";

import { ImagineReference, MAX_IMAGINE_REFERENCES } from "./reference";
import { BotType, SpeedMode } from "./task";
import { text } from "./text";

/** 40 prompts of a few hundred characters; each expanded prompt is also held to MAX_PROMPT_LENGTH. */
export const MAX_BATCH_TEXT_LENGTH = 20_000;

export const CreateBatchInput = z.object({
  /** The member's text as written: a prompt with {a, b} groups, or one prompt per line. Expanded on the server. */
  text: text("text", { multiline: true })
    .trim()
    .min(1, "text must not be empty")
    .max(MAX_BATCH_TEXT_LENGTH, `text must be at most ${MAX_BATCH_TEXT_LENGTH} characters`),
  botType: BotType.default("MID_JOURNEY"),
  mode: SpeedMode.optional(),
  /** Stored references every job goes with (POST /api/references), as in an imagine. */
  referenceInputs: z
    .array(ImagineReference, { error: "referenceInputs must be a list of { referenceId, role, weight? }" })
    .max(MAX_IMAGINE_REFERENCES, `at most ${MAX_IMAGINE_REFERENCES} stored references`)
    .default([]),
  /** One key for the whole batch: a double click or a retry finds the batch already created. */
  idempotencyKey: text("idempotencyKey")
    .trim()
    .min(8, "idempotencyKey must be at least 8 characters")
    .max(128, "idempotencyKey must be at most 128 characters")
    .regex(/^[A-Za-z0-9_\-:.]+$/, "idempotencyKey may only contain letters, digits, _ - : ."),
});
export type CreateBatchInput = z.input<typeof CreateBatchInput>;

export const BATCH_JOB_STATUSES = ["pending", "submitting", "submitted", "failed", "cancelled"] as const;
export const BatchJobStatus = z.enum(BATCH_JOB_STATUSES);

export const BatchJobDto = z.object({
  id: z.string(),
  position: z.number(),
  prompt: z.string(),
  status: BatchJobStatus,
  taskId: z.string().nullable(),
  /** Queue-full answers so far: the job waits and is tried again. */
  attempts: z.number(),
  failCode: z.string().nullable(),
  failReason: z.string().nullable(),
});
export type BatchJobDto = z.infer<typeof BatchJobDto>;

export const BatchDto = z.object({
  id: z.string(),
  authorId: z.string(),
  authorName: z.string().nullable(),
  botType: BotType,
  mode: SpeedMode.nullable(),
  /** active: jobs left to submit; finished: every job submitted or failed; cancelled: the rest were stopped. */
  status: z.enum(["active", "finished", "cancelled"]),
  total: z.number(),
  /** Jobs by status; "queued" are jobs not yet sent (pending or being sent right now). */
  counts: z.object({ queued: z.number(), submitted: z.number(), failed: z.number(), cancelled: z.number() }),
  jobs: z.array(BatchJobDto),
  createdAt: z.string(),
});
export type BatchDto = z.infer<typeof BatchDto>;

export const BatchListDto = z.object({ items: z.array(BatchDto) });
export type BatchListDto = z.infer<typeof BatchListDto>;
