"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId } from "react";

import { useErrorText } from "@/components/common/use-error-text";
import { taskQueries } from "@/lib/queries/tasks";
import type { TaskDto } from "@/lib/schemas/task";

import { CustomZoomForm } from "./custom-zoom-form";
import { type DialogKind, dialogKindOf } from "./dialog-kind";
import { RemixForm } from "./remix-form";
import { useDialogActions } from "./use-dialog-actions";
import { VaryRegionForm } from "./vary-region-form";

const TITLES = {
  "custom-zoom": "titleCustomZoom",
  "vary-region": "titleVaryRegion",
  prompt: "titlePrompt",
} as const;

/**
 * Midjourney's dialog for a task in status "modal", shown inline on the task page (full screen on phones). Leaving
 * the page does not cancel anything: the task waits, and the gallery links back here.
 */
export function ModalDialog({ task }: { task: TaskDto }) {
  if (task.status !== "modal") return null;
  // Keyed by task so a navigation to another waiting task starts with fresh fields and a fresh intent key.
  return <DialogBody key={task.id} task={task} />;
}

function DialogBody({ task }: { task: TaskDto }) {
  // The parent holds the image to repaint and the button whose customId says which dialog this is.
  const parent = useQuery({ ...taskQueries.detail(task.parentId ?? ""), enabled: task.parentId !== null });
  if (task.parentId !== null && parent.isPending) return null;
  const kind = dialogKindOf(task, parent.data?.buttons);
  return <DialogFrame task={task} kind={kind} parentImage={parent.data?.image ?? null} />;
}

function DialogFrame({
  task,
  kind,
  parentImage,
}: {
  task: TaskDto;
  kind: DialogKind;
  parentImage: TaskDto["image"];
}) {
  const t = useTranslations("dialogs");
  const tTask = useTranslations("task");
  const errorText = useErrorText();
  const ids = useId();
  const formId = `${ids}-form`;
  const actions = useDialogActions(task.id);
  const initialPrompt = task.finalPrompt ?? task.prompt;
  const busy = actions.submitting || actions.cancelling;
  const form = { formId, initialPrompt, onSubmit: actions.submit };

  return (
    <section
      data-testid="modal-dialog"
      data-kind={kind}
      aria-labelledby={`${ids}-title`}
      aria-busy={busy || undefined}
      className="space-y-4 bg-white p-4 max-sm:fixed max-sm:inset-0 max-sm:z-40 max-sm:m-0 max-sm:overflow-y-auto max-sm:overscroll-contain max-sm:pb-0 sm:rounded-2xl sm:p-5 sm:ring-2 sm:ring-violet-300 dark:bg-zinc-950 dark:sm:ring-violet-800"
    >
      <header className="space-y-1">
        {/* On phones the dialog covers the page, including its own back link. */}
        <Link
          href="/"
          className="inline-flex min-h-11 items-center text-sm font-medium text-zinc-600 sm:hidden dark:text-zinc-400"
        >
          ← {tTask("back")}
        </Link>
        <h2 id={`${ids}-title`} className="text-lg font-semibold">
          {t(TITLES[kind])}
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("intro")}</p>
      </header>
      {kind === "custom-zoom" ? <CustomZoomForm {...form} /> : null}
      {kind === "vary-region" ? <VaryRegionForm {...form} image={parentImage} /> : null}
      {kind === "prompt" ? <RemixForm {...form} /> : null}
      {actions.error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {errorText(actions.error)}
        </p>
      ) : null}
      {/* Sticky on phones so Submit stays reachable under a tall mask editor; the section has no bottom padding
          there because a sticky box stops at the padding edge and content would show beneath it. */}
      <div className="flex flex-wrap items-center justify-end gap-2 max-sm:sticky max-sm:bottom-0 max-sm:-mx-4 max-sm:bg-white max-sm:px-4 max-sm:pt-2 max-sm:pb-[max(0.5rem,env(safe-area-inset-bottom))] dark:max-sm:bg-zinc-950">
        <button
          type="button"
          onClick={actions.cancel}
          disabled={busy}
          aria-busy={actions.cancelling || undefined}
          className="min-h-11 rounded-xl border border-zinc-300 px-4 text-sm font-semibold hover:bg-zinc-50 disabled:opacity-50 max-sm:flex-1 dark:border-zinc-700 dark:hover:bg-zinc-900"
        >
          {actions.cancelling ? t("cancelling") : t("cancel")}
        </button>
        <button
          type="submit"
          form={formId}
          disabled={busy}
          aria-busy={actions.submitting || undefined}
          className="min-h-11 rounded-xl bg-violet-600 px-5 text-sm font-semibold text-white hover:bg-violet-700 disabled:opacity-60 max-sm:flex-1"
        >
          {actions.submitting ? t("submitting") : t("submit")}
        </button>
      </div>
      <p className="text-xs text-zinc-500 max-sm:pb-4 dark:text-zinc-400">{t("leaveHint")}</p>
    </section>
  );
}
