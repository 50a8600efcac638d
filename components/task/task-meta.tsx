import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { LocalTime } from "@/components/common/local-time";
import type { TaskDto } from "@/lib/schemas/task";

import { useActionLabel } from "./action-label";
import { FailureText } from "./failure-text";
import { FindUpstreamJob } from "./find-upstream-job";
import { formatBytes } from "./format";
import { StatusText } from "./status-text";
import { useButtonWords } from "./use-button-words";

export function TaskMeta({ task }: { task: TaskDto }) {
  const t = useTranslations();
  const locale = useLocale();
  const actionLabel = useActionLabel();
  const buttonWords = useButtonWords();
  const none = t("task.none");
  const size =
    task.image?.width && task.image.height
      ? [
          t("task.sizeValue", { width: task.image.width, height: task.image.height }),
          task.imageBytes ? formatBytes(task.imageBytes, locale) : null,
        ]
          .filter(Boolean)
          .join(" · ")
      : none;

  const rows: [string, ReactNode][] = [
    [t("task.status"), <StatusText key="s" task={task} />],
    [
      t("task.action"),
      task.buttonLabel
        ? `${actionLabel(task.action)} (${buttonWords.label(task.buttonLabel)})`
        : actionLabel(task.action),
    ],
    [t("task.model"), t(`bots.${task.botType}`)],
    [t("task.mode"), task.mode ? t(`modes.${task.mode}`) : none],
    [t("task.submittedAt"), <LocalTime key="sub" iso={task.submittedAt} />],
    [t("task.startedAt"), task.startedAt ? <LocalTime key="st" iso={task.startedAt} /> : none],
    [t("task.finishedAt"), task.finishedAt ? <LocalTime key="fin" iso={task.finishedAt} /> : none],
    [t("task.size"), size],
    [t("task.references"), String(task.referenceCount)],
    [t("task.upstreamId"), task.upstreamId ?? none],
  ];

  return (
    <section aria-labelledby="details-title" className="space-y-2">
      <h2 id="details-title" className="text-sm font-semibold text-zinc-500 dark:text-zinc-400">
        {t("task.details")}
      </h2>
      <FailureText
        task={task}
        className="rounded-xl border border-red-200 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950/50"
      />
      <FindUpstreamJob task={task} />
      <dl data-testid="task-meta" className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-zinc-500 dark:text-zinc-400">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
