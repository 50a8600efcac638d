import "server-only";

import type { Batch, BatchJob } from "@/lib/generated/prisma/client";
import type { BatchDto, BatchJobDto } from "@/lib/schemas/batch";

export const batchInclude = {
  jobs: { orderBy: { position: "asc" } },
  author: { select: { name: true } },
} as const;

type BatchRow = Batch & { jobs: BatchJob[]; author: { name: string } | null };

function jobDto(job: BatchJob): BatchJobDto {
  return {
    id: job.id,
    position: job.position,
    prompt: job.prompt,
    status: job.status as BatchJobDto["status"],
    taskId: job.taskId,
    attempts: job.attempts,
    failCode: job.failCode,
    failReason: job.failReason,
  };
}

export function toBatchDto(batch: BatchRow): BatchDto {
  const jobs = batch.jobs.map(jobDto);
  const count = (...statuses: string[]) => jobs.filter((job) => statuses.includes(job.status)).length;
  return {
    id: batch.id,
    authorId: batch.authorId,
    authorName: batch.author?.name ?? null,
    botType: batch.botType === "NIJI_JOURNEY" ? "NIJI_JOURNEY" : "MID_JOURNEY",
    mode: batch.mode === "fast" || batch.mode === "relax" || batch.mode === "turbo" ? batch.mode : null,
    status: batch.status as BatchDto["status"],
    total: jobs.length,
    counts: {
      queued: count("pending", "submitting"),
      submitted: count("submitted"),
      failed: count("failed"),
      cancelled: count("cancelled"),
    },
    jobs,
    createdAt: batch.createdAt.toISOString(),
  };
}
