"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

import { useCreateShorten } from "@/lib/queries/tasks";
import { MAX_PROMPT_LENGTH } from "@/lib/schemas/task-input";

import { CreateFeedback } from "./create-feedback";
import { SubmitButton } from "./submit-button";
import { useSubmitLock } from "./use-submit-lock";

/** Shorten: Midjourney's prompt analysis; the five shorter prompts appear on the task's page. */
export function ShortenForm() {
  const t = useTranslations("create.shorten");
  const lock = useSubmitLock();
  const create = useCreateShorten();
  const [prompt, setPrompt] = useState("");
  const length = prompt.trim().length;
  const canSubmit = length > 0 && length <= MAX_PROMPT_LENGTH && !lock.locked;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!canSubmit) return;
    const key = lock.start();
    if (!key) return;
    const sent = prompt.trim();
    create.mutate(
      { prompt: sent, idempotencyKey: key },
      {
        onSuccess: () => {
          lock.finish(true);
          // Text typed while the request ran is the next idea; only what was sent is cleared.
          setPrompt((current) => (current.trim() === sent ? "" : current));
        },
        onError: () => lock.finish(false),
      },
    );
  }

  return (
    <form aria-labelledby="shorten-heading" onSubmit={submit} className="space-y-4">
      <div className="space-y-1">
        <h2 id="shorten-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("hint")}</p>
      </div>
      <div className="space-y-1">
        <label htmlFor="shorten-prompt" className="text-sm font-medium">
          {t("label")}
        </label>
        <textarea
          id="shorten-prompt"
          value={prompt}
          rows={4}
          maxLength={MAX_PROMPT_LENGTH + 500}
          aria-invalid={length > MAX_PROMPT_LENGTH || undefined}
          onChange={(event) => {
            setPrompt(event.target.value);
            lock.edited();
            if (!lock.busy()) create.reset();
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.metaKey || event.ctrlKey))
              event.currentTarget.form?.requestSubmit();
          }}
          className="block w-full resize-y rounded-xl border border-zinc-300 bg-white px-3 py-2.5 text-base focus:border-violet-500 focus:ring-2 focus:ring-violet-500/30 focus:outline-none dark:border-zinc-700 dark:bg-zinc-950"
        />
      </div>
      <SubmitButton label={t("submit")} disabled={!canSubmit} busy={lock.locked} />
      <CreateFeedback pending={lock.locked} created={create.data} error={create.error} />
    </form>
  );
}
