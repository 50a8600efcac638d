"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { useCreateShorten } from "@/lib/queries/tasks";
import { MAX_PROMPT_LENGTH } from "@/lib/schemas/task-input";

import { ModeForm } from "./mode-form";
import { PromptTextarea } from "./prompt-textarea";
import { useCreateSubmit } from "./use-create-submit";

/** Shorten: Midjourney's prompt analysis; the five shorter prompts appear on the task's page. */
export function ShortenForm() {
  const t = useTranslations("create.shorten");
  const submit = useCreateSubmit(useCreateShorten());
  const [prompt, setPrompt] = useState("");
  const length = prompt.trim().length;

  function send() {
    const sent = prompt.trim();
    // Text typed while the request ran is the next idea; only what was sent is cleared.
    submit.send(
      (idempotencyKey) => ({ prompt: sent, idempotencyKey }),
      () => setPrompt((current) => (current.trim() === sent ? "" : current)),
    );
  }

  return (
    <ModeForm
      mode="shorten"
      ready={length > 0 && length <= MAX_PROMPT_LENGTH}
      onSubmit={send}
      submit={submit}
    >
      <div className="space-y-1">
        <PromptTextarea
          id="shorten-prompt"
          label={t("label")}
          value={prompt}
          rows={4}
          maxLength={MAX_PROMPT_LENGTH + 500}
          aria-invalid={length > MAX_PROMPT_LENGTH || undefined}
          onChange={(value) => {
            setPrompt(value);
            submit.edited();
          }}
          className="block w-full resize-y rounded-xl border border-zinc-300 bg-white px-3 py-2.5 text-base focus:border-violet-500 focus:ring-2 focus:ring-violet-500/30 focus:outline-none dark:border-zinc-700 dark:bg-zinc-950"
        />
      </div>
    </ModeForm>
  );
}
