"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";

import { useErrorText } from "@/components/common/use-error-text";
import { FailureText } from "@/components/task/failure-text";
import { useStatusText } from "@/components/task/status-text";
import type { Words } from "@/components/task/status-words";
import { useLatestTask } from "@/lib/queries/use-latest-task";
import type { TaskDto } from "@/lib/schemas/task";

import type { ReferenceNoticeKey } from "../use-reference-images";

interface Props {
  /** Why Imagine is disabled (parameter errors); the button's aria-describedby points here. */
  blocked: string | null;
  preparing: boolean;
  pending: boolean;
  created: TaskDto | undefined;
  error: unknown;
  notices: readonly Words<ReferenceNoticeKey>[];
}

/** One polite live region for everything the form has to say: progress, success, server errors, file problems. */
export function SubmitFeedback({ blocked, preparing, pending, created, error, notices }: Props) {
  const t = useTranslations();
  const statusText = useStatusText();
  const errorText = useErrorText();
  const message = error ? errorText(error) : null;
  // The answer to the submit is only its first state; the line follows the task to its end from the cache
  // the live poll already keeps fresh.
  const task = useLatestTask(created);
  return (
    <div aria-live="polite" data-testid="submit-feedback" className="space-y-1 text-sm">
      {notices.map((notice, i) => (
        <p key={i} className="text-amber-800 dark:text-amber-300">
          {t(`references.${notice.key}`, notice.values)}
        </p>
      ))}
      {blocked ? (
        <p
          id="submit-blocked"
          data-testid="submit-blocked"
          className="font-medium text-red-700 dark:text-red-400"
        >
          {blocked}
        </p>
      ) : null}
      {preparing ? <p className="text-zinc-600 dark:text-zinc-400">{t("prompt.preparing")}</p> : null}
      {pending ? <p className="text-zinc-600 dark:text-zinc-400">{t("prompt.submitting")}</p> : null}
      {!pending && message ? (
        <p data-testid="submit-error" className="font-medium text-red-700 dark:text-red-400">
          {message}
        </p>
      ) : null}
      {!pending && !message && task ? (
        <>
          <p
            data-testid="submit-status"
            data-status={task.status}
            className="text-emerald-700 dark:text-emerald-400"
          >
            {t("prompt.submitted", { status: statusText(task) })}{" "}
            <Link href={`/tasks/${task.id}`} className="font-medium underline underline-offset-2">
              {t("prompt.viewTask")}
            </Link>
          </p>
          <FailureText task={task} />
        </>
      ) : null}
    </div>
  );
}
