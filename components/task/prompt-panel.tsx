import Link from "next/link";
import { useTranslations } from "next-intl";

import { buttonClass } from "@/components/ui/button";
import type { TaskDto } from "@/lib/schemas/task";

import { useActionLabel } from "./action-label";
import { CopyButton } from "./copy-button";
import { downloadUrl } from "./format";
import { SendToCreateLinks } from "./send-to-create";
import { UseAsReference } from "./use-as-reference";

export function PromptPanel({ task }: { task: TaskDto }) {
  const t = useTranslations("task");
  const actionLabel = useActionLabel();
  // Face swap, blend and describe start from images alone: their name stands where a prompt would.
  const hasPrompt = task.prompt.trim() !== "";
  // Describe/shorten put their raw reply in finalPrompt; the result cards already show it, readably.
  const showFinal = !task.results && task.finalPrompt && task.finalPrompt.trim() !== task.prompt.trim();
  return (
    <section aria-labelledby="prompt-title" className="space-y-3">
      <h2 id="prompt-title" className="text-sm font-semibold text-zinc-500 dark:text-zinc-400">
        {t("prompt")}
      </h2>
      {hasPrompt ? (
        <p data-testid="task-prompt" className="text-base leading-relaxed break-words whitespace-pre-wrap">
          {task.prompt}
        </p>
      ) : (
        <p data-testid="task-prompt" className="text-base text-zinc-600 dark:text-zinc-300">
          {actionLabel(task.action)}
        </p>
      )}
      {showFinal ? (
        <div className="space-y-1">
          <h3 className="text-xs font-semibold text-zinc-500 dark:text-zinc-400">{t("finalPrompt")}</h3>
          <p
            data-testid="task-final-prompt"
            className="text-sm break-words whitespace-pre-wrap text-zinc-700 dark:text-zinc-300"
          >
            {task.finalPrompt}
          </p>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {hasPrompt ? <CopyButton text={task.prompt} label={t("copy")} /> : null}
        {hasPrompt ? (
          // Restores prompt, parameters, speed and the task's references (components/create/imagine/use-reuse-task.ts).
          <Link href={`/?reuse=${encodeURIComponent(task.id)}`} className={buttonClass("action")}>
            {t("reuse")}
          </Link>
        ) : null}
        {task.image ? (
          <a href={downloadUrl(task.image.url)} download className={buttonClass("action")}>
            {t("download")}
          </a>
        ) : null}
        <SendToCreateLinks task={task} />
      </div>
      <UseAsReference task={task} />
    </section>
  );
}
