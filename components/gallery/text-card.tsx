import { useTranslations } from "next-intl";

import type { TaskDto, TaskResultsDto } from "@/lib/schemas/task";

/**
 * A describe or shorten result in the gallery: its prompts as text (what the task made), not an empty picture.
 * A describe keeps its input image as a small thumbnail beside the heading.
 */
export function TextCard({ task, results }: { task: TaskDto; results: TaskResultsDto }) {
  const t = useTranslations("results");
  const shorten = task.action === "SHORTEN";
  return (
    <div data-testid="text-card" className="flex size-full flex-col gap-2 bg-white p-3 dark:bg-zinc-900">
      <p className="flex items-center gap-2 text-xs font-semibold text-violet-700 dark:text-violet-300">
        {task.thumbnail && !shorten ? (
          // eslint-disable-next-line @next/next/no-img-element -- a server-made thumbnail, see TaskImg
          <img src={task.thumbnail.url} alt="" className="size-7 rounded object-cover" loading="lazy" />
        ) : null}
        <span>{shorten ? t("shortened") : t("described")}</span>
      </p>
      <ol className="min-h-0 flex-1 list-decimal space-y-1 overflow-hidden pl-4 text-xs leading-snug text-zinc-800 marker:text-zinc-500 dark:text-zinc-200">
        {results.prompts.map((prompt, i) => (
          <li key={`${i}-${prompt}`}>
            <span className="line-clamp-2 break-words">{prompt}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
