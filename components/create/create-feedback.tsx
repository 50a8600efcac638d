"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";

import { useErrorText } from "@/components/common/use-error-text";
import type { ReferenceNoticeKey } from "./use-reference-images";
import type { Words } from "@/components/task/status-words";
import type { TaskDto } from "@/lib/schemas/task";

interface Props {
  pending: boolean;
  created: TaskDto | undefined;
  error: unknown;
  notices?: readonly Words<ReferenceNoticeKey>[];
}

/** One polite live region per form: file problems, progress, the created task, server errors in words. */
export function CreateFeedback({ pending, created, error, notices = [] }: Props) {
  const t = useTranslations();
  const errorText = useErrorText();
  const message = error ? errorText(error) : null;
  return (
    <div aria-live="polite" data-testid="create-feedback" className="space-y-1 text-sm">
      {notices.map((notice, i) => (
        <p key={i} className="text-amber-800 dark:text-amber-300">
          {t(`references.${notice.key}`, notice.values)}
        </p>
      ))}
      {pending ? <p className="text-zinc-600 dark:text-zinc-400">{t("prompt.submitting")}</p> : null}
      {!pending && message ? (
        <p data-testid="create-error" className="font-medium text-red-700 dark:text-red-400">
          {message}
        </p>
      ) : null}
      {!pending && !message && created ? (
        <p data-testid="create-created" className="text-emerald-700 dark:text-emerald-400">
          {t("create.sent")}{" "}
          <Link href={`/tasks/${created.id}`} className="font-medium underline underline-offset-2">
            {t("prompt.viewTask")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
