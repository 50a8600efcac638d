import { useTranslations } from "next-intl";

import { cn } from "@/components/common/cn";
import type { TaskDto } from "@/lib/schemas/task";

import { statusWords } from "./status-words";

type StatusInput = Pick<TaskDto, "status" | "progress" | "queuePosition">;

export function useStatusText(): (task: StatusInput) => string {
  const t = useTranslations("status");
  return (task) => {
    const words = statusWords(task);
    return t(words.key, words.values);
  };
}

const tone: Record<TaskDto["status"], string> = {
  submitting: "text-sky-700 dark:text-sky-300",
  checking: "text-amber-700 dark:text-amber-300",
  queued: "text-sky-700 dark:text-sky-300",
  submitted: "text-sky-700 dark:text-sky-300",
  running: "text-violet-700 dark:text-violet-300",
  modal: "text-amber-700 dark:text-amber-300",
  succeeded: "text-emerald-700 dark:text-emerald-400",
  failed: "text-red-700 dark:text-red-400",
  cancelled: "text-zinc-500 dark:text-zinc-400",
};

export function StatusText({ task, className }: { task: StatusInput; className?: string }) {
  const text = useStatusText()(task);
  return (
    <span data-testid="task-status" className={cn("font-medium", tone[task.status], className)}>
      {text}
    </span>
  );
}
