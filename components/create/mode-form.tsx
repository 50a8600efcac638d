"use client";

import { useTranslations } from "next-intl";
import type { ClipboardEvent, FormEvent, ReactNode } from "react";

import type { useDropZone } from "@/components/ui/use-drop-zone";

import { CreateFeedback } from "./create-feedback";
import { SubmitButton } from "./submit-button";
import type { CreateSubmitState } from "./use-create-submit";
import type { ReferenceNotices } from "./use-reference-images";

interface Props {
  /** The heading's id is `${mode}-heading`; the texts are create.<mode>.heading, .hint and .submit. */
  mode: "describe" | "blend" | "shorten" | "swap";
  hintValues?: Record<string, number>;
  /** Whether the input is complete; the button is disabled while it is not or while a submit runs. */
  ready: boolean;
  /** Called on submit when ready; sends through `submit`. */
  onSubmit: () => void;
  submit: CreateSubmitState;
  notices?: ReferenceNotices;
  onPaste?: (event: ClipboardEvent) => void;
  /** Files dropped anywhere on the form (blend); the form is outlined while they are dragged over it. */
  drop?: ReturnType<typeof useDropZone>;
  children: ReactNode;
}

/** The frame of the describe, blend, shorten and face swap forms: heading, the mode's fields, submit, feedback. */
export function ModeForm({
  mode,
  hintValues,
  ready,
  onSubmit,
  submit,
  notices,
  onPaste,
  drop,
  children,
}: Props) {
  const t = useTranslations(`create.${mode}`);
  const canSubmit = ready && !submit.locked;
  function onFormSubmit(event: FormEvent) {
    event.preventDefault();
    if (canSubmit) onSubmit();
  }
  return (
    <form
      aria-labelledby={`${mode}-heading`}
      onSubmit={onFormSubmit}
      onPaste={onPaste}
      {...drop?.handlers}
      data-dropping={drop?.active || undefined}
      className="space-y-4 data-dropping:rounded-xl data-dropping:ring-4 data-dropping:ring-violet-500/30"
    >
      <div className="space-y-1">
        <h2 id={`${mode}-heading`} className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("hint", hintValues)}</p>
      </div>
      {children}
      <SubmitButton label={t("submit")} disabled={!canSubmit} busy={submit.locked} />
      <CreateFeedback
        pending={submit.locked}
        created={submit.created}
        error={submit.error}
        notices={notices}
      />
    </form>
  );
}
