"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { useErrorText } from "@/components/common/use-error-text";
import type { TaskDto } from "@/lib/schemas/task";

import type { ReferenceNotices } from "./use-reference-images";

interface Props {
  pending: boolean;
  created: TaskDto | undefined;
  error: unknown;
  notices?: ReferenceNotices;
  /** Prefix of the region's data-testids ("create-feedback", "create-error"); the imagine form's is "submit". */
  testIdPrefix?: "create" | "submit";
  /** Lines before the progress line: why the submit is blocked, images still being read. */
  before?: ReactNode;
  /** The success line; by default "Sent" with a link to the created task. */
  success?: (created: TaskDto) => ReactNode;
}

/** One polite live region per form: file problems, progress, the created task, server errors in words. */
export function CreateFeedback({
  pending,
  created,
  error,
  notices = [],
  testIdPrefix = "create",
  before,
  success = (task) => <SentLine task={task} />,
}: Props) {
  const t = useTranslations();
  const errorText = useErrorText();
  const message = error ? errorText(error) : null;
  return (
    <div
      aria-live="polite"
      data-testid={`${testIdPrefix}-feedback`}
      // Under the prompt and the submit in the desktop's collapsed bar (a two-column grid there).
      className="space-y-1 text-sm lg:group-data-[compact=true]/composer:col-span-full"
    >
      {notices.map((notice, i) => (
        <p key={i} className="text-amber-800 dark:text-amber-300">
          {t(`references.${notice.key}`, notice.values)}
        </p>
      ))}
      {before}
      {pending ? <p className="text-zinc-600 dark:text-zinc-400">{t("prompt.submitting")}</p> : null}
      {!pending && message ? (
        <p data-testid={`${testIdPrefix}-error`} className="font-medium text-red-700 dark:text-red-400">
          {message}
        </p>
      ) : null}
      {!pending && !message && created ? success(created) : null}
    </div>
  );
}

function SentLine({ task }: { task: TaskDto }) {
  const t = useTranslations("create");
  return (
    <p data-testid="create-created" className="text-emerald-700 dark:text-emerald-400">
      {t("sent")} <ViewTaskLink task={task} />
    </p>
  );
}

export function ViewTaskLink({ task }: { task: Pick<TaskDto, "id"> }) {
  const t = useTranslations("prompt");
  return (
    <Link href={`/tasks/${task.id}`} className="font-medium underline underline-offset-2">
      {t("viewTask")}
    </Link>
  );
}
