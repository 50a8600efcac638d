import { useTranslations } from "next-intl";

import { cn } from "@/components/common/cn";
import type { TaskDto } from "@/lib/schemas/task";

import { failCodeWords } from "./status-words";

type FailureInput = Pick<TaskDto, "status" | "failCode" | "failReason" | "bannedWord">;

/** Why a task failed, in words: the code's meaning, the banned word if known, then the upstream's own reason. */
export function FailureText({ task, className }: { task: FailureInput; className?: string }) {
  const t = useTranslations();
  if (task.status !== "failed" && task.status !== "cancelled") return null;
  const code = failCodeWords(task);
  const parts = [
    task.bannedWord
      ? t("status.bannedWord", { word: task.bannedWord })
      : code
        ? t(`failCodes.${code.key}`, code.values)
        : null,
    task.failReason,
  ].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return null;
  return (
    <p data-testid="task-failure" className={cn("text-red-700 dark:text-red-400", className)}>
      {parts.join(" · ")}
    </p>
  );
}
