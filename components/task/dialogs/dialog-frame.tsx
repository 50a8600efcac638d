"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useId, useRef } from "react";

import { useErrorText } from "@/components/common/use-error-text";
import type { TaskDto } from "@/lib/schemas/task";

import { CustomZoomForm } from "./custom-zoom-form";
import type { DialogKind } from "./dialog-kind";
import { RemixForm } from "./remix-form";
import type { ModalPayload } from "./use-dialog-actions";
import { VaryRegionForm } from "./vary-region-form";

const TITLES = {
  "custom-zoom": "titleCustomZoom",
  "vary-region": "titleVaryRegion",
  prompt: "titlePrompt",
} as const;

export interface DialogActions {
  submit: (payload: ModalPayload) => void;
  cancel: () => void;
  submitting: boolean;
  cancelling: boolean;
  error: unknown;
}

/**
 * Midjourney's dialog (Custom Zoom, Vary (Region), a prompt), inline on the task page and full screen on phones.
 * `stage` says whether anything exists upstream yet: "before-press" (opened from a button, nothing sent, Cancel
 * only closes it) or "waiting" (a task waits in the dialog, Cancel cancels it).
 */
export function DialogFrame(props: {
  stage: "before-press" | "waiting";
  kind: DialogKind;
  initialPrompt: string;
  image: TaskDto["image"];
  actions: DialogActions;
  /** Under the error, e.g. a link to the task a failed confirmation left waiting. */
  afterError?: ReactNode;
}) {
  const { stage, kind, actions } = props;
  const t = useTranslations("dialogs");
  const tTask = useTranslations("task");
  const errorText = useErrorText();
  const ids = useId();
  const formId = `${ids}-form`;
  const section = useRef<HTMLElement>(null);
  const busy = actions.submitting || actions.cancelling;
  const before = stage === "before-press";
  const form = { formId, initialPrompt: props.initialPrompt, onSubmit: actions.submit };

  // Opened by a button further down the page: bring it into view (below the sticky site header), focused.
  useEffect(() => {
    if (!before) return;
    section.current?.scrollIntoView({ block: "start" });
    section.current?.focus({ preventScroll: true });
  }, [before]);

  // Esc closes a dialog that costs nothing to close; a waiting task is cancelled only by its button.
  const { cancel } = actions;
  useEffect(() => {
    if (!before || busy) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented) cancel();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [before, busy, cancel]);

  return (
    <section
      ref={section}
      data-testid="modal-dialog"
      data-kind={kind}
      data-stage={stage}
      aria-labelledby={`${ids}-title`}
      aria-busy={busy || undefined}
      // Opened by a button (aria-haspopup): a non-modal dialog on wide screens, covering the page on phones.
      role={before ? "dialog" : undefined}
      tabIndex={-1}
      className="scroll-mt-20 space-y-4 bg-white p-4 outline-none max-sm:fixed max-sm:inset-0 max-sm:z-40 max-sm:m-0 max-sm:overflow-y-auto max-sm:overscroll-contain max-sm:pb-0 sm:rounded-2xl sm:p-5 sm:ring-2 sm:ring-violet-300 dark:bg-zinc-950 dark:sm:ring-violet-800"
    >
      <header className="space-y-1">
        {/* On phones the dialog covers the page, including its own back link. */}
        {before ? null : (
          <Link
            href="/"
            className="inline-flex min-h-11 items-center text-sm font-medium text-zinc-600 sm:hidden dark:text-zinc-400"
          >
            ← {tTask("back")}
          </Link>
        )}
        <h2 id={`${ids}-title`} className="text-lg font-semibold">
          {t(TITLES[kind])}
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {before ? t("introBeforePress") : t("intro")}
        </p>
      </header>
      {kind === "custom-zoom" ? <CustomZoomForm {...form} /> : null}
      {kind === "vary-region" ? <VaryRegionForm {...form} image={props.image} /> : null}
      {kind === "prompt" ? <RemixForm {...form} /> : null}
      {actions.error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {errorText(actions.error)} {props.afterError}
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
          {before ? t("close") : actions.cancelling ? t("cancelling") : t("cancel")}
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
      <p className="text-xs text-zinc-500 max-sm:pb-4 dark:text-zinc-400">
        {before ? t("closeHint") : t("leaveHint")}
      </p>
    </section>
  );
}
