"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";

import type { ModalPayload } from "./use-dialog-actions";

/** Remix, PicReader, PromptAnalyzer: the pre-filled prompt, editable. Left empty, the pre-filled one runs. */
export function RemixForm(props: {
  formId: string;
  initialPrompt: string;
  onSubmit: (payload: ModalPayload) => void;
}) {
  const t = useTranslations("dialogs");
  const id = useId();
  const [prompt, setPrompt] = useState(props.initialPrompt);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = prompt.trim();
    props.onSubmit(trimmed ? { prompt: trimmed } : {});
  }

  return (
    <form id={props.formId} onSubmit={onSubmit} className="space-y-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {t("prompt")}
      </label>
      <textarea
        id={id}
        value={prompt}
        onChange={(e) => setPrompt(e.target.value)}
        rows={5}
        className="w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-base sm:text-sm dark:border-zinc-700 dark:bg-zinc-900"
      />
    </form>
  );
}
