"use client";

import { useTranslations } from "next-intl";

import { FailureText } from "@/components/task/failure-text";
import { useStatusText } from "@/components/task/status-text";
import { useLatestTask } from "@/lib/queries/use-latest-task";
import type { TaskDto } from "@/lib/schemas/task";

import { CreateFeedback, ViewTaskLink } from "../create-feedback";
import type { ReferenceNotices } from "../use-reference-images";

interface Props {
  /** Why Imagine is disabled (parameter errors); the button's aria-describedby points here. */
  blocked: string | null;
  preparing: boolean;
  pending: boolean;
  created: TaskDto | undefined;
  error: unknown;
  notices: ReferenceNotices;
}

/** The imagine form's live region: the create forms' one, plus parameter errors and the task followed to its end. */
export function SubmitFeedback({ blocked, preparing, ...rest }: Props) {
  const t = useTranslations("prompt");
  return (
    <CreateFeedback
      {...rest}
      testIdPrefix="submit"
      before={
        <>
          {blocked ? (
            <p
              id="submit-blocked"
              data-testid="submit-blocked"
              className="font-medium text-red-700 dark:text-red-400"
            >
              {blocked}
            </p>
          ) : null}
          {preparing ? <p className="text-zinc-600 dark:text-zinc-400">{t("preparing")}</p> : null}
        </>
      }
      success={(created) => <SubmittedLines created={created} />}
    />
  );
}

/**
 * The answer to the submit is only its first state; the line follows the task to its end from the cache the
 * live poll already keeps fresh.
 */
function SubmittedLines({ created }: { created: TaskDto }) {
  const t = useTranslations("prompt");
  const statusText = useStatusText();
  const task = useLatestTask(created);
  if (!task) return null;
  return (
    <>
      <p
        data-testid="submit-status"
        data-status={task.status}
        className="text-emerald-700 dark:text-emerald-400"
      >
        {t("submitted", { status: statusText(task) })} <ViewTaskLink task={task} />
      </p>
      <FailureText task={task} />
    </>
  );
}
