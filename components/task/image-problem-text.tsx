"use client";

import { useTranslations } from "next-intl";

import { useClockTime } from "@/components/common/clock-time";
import { cn } from "@/components/common/cn";
import type { TaskDto } from "@/lib/schemas/task";

/**
 * A finished task whose image is not stored says why and what happens next, in words ("Saving the image failed,
 * retrying at 14:05"), instead of a silent "No image yet".
 */
export function ImageProblemText({
  task,
  className,
}: {
  task: Pick<TaskDto, "imageProblem">;
  className?: string;
}) {
  const t = useTranslations("imageProblem");
  const clockTime = useClockTime();
  const problem = task.imageProblem;
  if (!problem) return null;
  const text =
    problem.kind === "expired"
      ? t("expired")
      : problem.retryAt
        ? t(problem.kind === "storage" ? "storageRetrying" : "downloadRetrying", {
            time: clockTime(problem.retryAt),
          })
        : t(problem.kind === "storage" ? "storageGaveUp" : "downloadGaveUp");
  return (
    <p
      role="status"
      data-testid="image-problem"
      data-kind={problem.kind}
      className={cn("text-amber-800 dark:text-amber-300", className)}
    >
      {text}
    </p>
  );
}
