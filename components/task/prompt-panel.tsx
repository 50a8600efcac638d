import Link from "next/link";
import { useTranslations } from "next-intl";

import { buttonClass } from "@/components/ui/button";
import type { TaskDto } from "@/lib/schemas/task";

import { CopyButton } from "./copy-button";
import { downloadUrl, reusePromptHref } from "./format";

export function PromptPanel({ task }: { task: TaskDto }) {
  const t = useTranslations("task");
  // Describe/shorten put their raw reply in finalPrompt; the result cards already show it, readably.
  const showFinal = !task.results && task.finalPrompt && task.finalPrompt.trim() !== task.prompt.trim();
  return (
    <section aria-labelledby="prompt-title" className="space-y-3">
      <h2 id="prompt-title" className="text-sm font-semibold text-zinc-500 dark:text-zinc-400">
        {t("prompt")}
      </h2>
      <p data-testid="task-prompt" className="text-base leading-relaxed break-words whitespace-pre-wrap">
        {task.prompt}
      </p>
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
        <CopyButton text={task.prompt} label={t("copy")} />
        <Link href={reusePromptHref(task.prompt)} className={buttonClass("action")}>
          {t("reuse")}
        </Link>
        {task.image ? (
          <a href={downloadUrl(task.image.url)} download className={buttonClass("action")}>
            {t("download")}
          </a>
        ) : null}
      </div>
    </section>
  );
}
