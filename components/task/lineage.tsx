import Link from "next/link";
import { useTranslations } from "next-intl";

import type { TaskDetailDto, TaskLinkDto } from "@/lib/schemas/task";

import { useActionLabel } from "./action-label";
import { StatusText, useStatusText } from "./status-text";
import { useButtonWords } from "./use-button-words";

function LinkThumb({ task }: { task: TaskLinkDto }) {
  if (!task.thumbnail)
    return <span aria-hidden className="size-12 shrink-0 rounded-lg bg-zinc-200 dark:bg-zinc-800" />;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- already a server-made thumbnail, see TaskImg
    <img
      src={task.thumbnail}
      alt=""
      width={48}
      height={48}
      loading="lazy"
      className="size-12 shrink-0 rounded-lg object-cover"
    />
  );
}

const rowClass =
  "flex min-h-14 items-center gap-3 rounded-xl border border-zinc-200 bg-white p-1.5 pr-3 text-sm hover:bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900 dark:hover:bg-zinc-800";

/** Where this image came from and what was made from it, kept live by the changes poll. */
export function Lineage({ task }: { task: TaskDetailDto }) {
  const t = useTranslations("task");
  const actionLabel = useActionLabel();
  const buttonWords = useButtonWords();
  const statusText = useStatusText();
  const nameOf = (link: TaskLinkDto) =>
    link.buttonLabel ? buttonWords.label(link.buttonLabel) : actionLabel(link.action);
  if (!task.parent && task.children.length === 0) return null;

  return (
    <section aria-labelledby="lineage-title" className="space-y-2">
      <h2 id="lineage-title" className="text-sm font-semibold text-zinc-500 dark:text-zinc-400">
        {t("lineage")}
      </h2>
      {task.parent ? (
        <Link href={`/tasks/${task.parent.id}`} data-testid="parent-link" className={rowClass}>
          <LinkThumb task={task.parent} />
          <span className="min-w-0">
            <span className="block font-medium">{t("from", { name: nameOf(task.parent) })}</span>
            {task.parent.author ? (
              <span className="block truncate text-xs text-zinc-500 dark:text-zinc-400">
                {t("by", { name: task.parent.author.name })}
              </span>
            ) : null}
          </span>
        </Link>
      ) : null}
      {task.children.length > 0 ? (
        <>
          <h3 className="pt-1 text-xs font-semibold text-zinc-500 dark:text-zinc-400">{t("children")}</h3>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-1">
            {task.children.map((child) => (
              <li key={child.id} data-task-id={child.id} data-status={child.status}>
                <Link
                  href={`/tasks/${child.id}`}
                  aria-label={t("childLink", {
                    name: nameOf(child),
                    status: statusText({ ...child, progress: null, queuePosition: null }),
                  })}
                  className={rowClass}
                >
                  <LinkThumb task={child} />
                  <span className="min-w-0">
                    <span className="block font-semibold">{nameOf(child)}</span>
                    {child.author ? (
                      <span className="block truncate text-xs text-zinc-500 dark:text-zinc-400">
                        {t("by", { name: child.author.name })}
                      </span>
                    ) : null}
                  </span>
                  <StatusText
                    task={{ ...child, progress: null, queuePosition: null }}
                    className="ml-auto text-xs"
                  />
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
