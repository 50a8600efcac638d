"use client";

import { useTranslations } from "next-intl";
import { type ClipboardEvent, type FormEvent, useRef, useState } from "react";
import { flushSync } from "react-dom";

import { cn } from "@/components/common/cn";
import { Segmented } from "@/components/ui/segmented";
import { createIntentKey } from "@/lib/idempotency";
import { useCreateImagine } from "@/lib/queries/tasks";
import { MAX_PROMPT_LENGTH, MAX_REFERENCES } from "@/lib/schemas/task-input";

import { IssueSummary } from "../params/field-issues";
import { ParamsPanel } from "../params/params-panel";
import { usePromptParams } from "../params/use-prompt-params";
import { PromptField } from "./prompt-field";
import { ReferenceChips } from "./reference-chips";
import { ReferencePickers } from "./reference-pickers";
import { Spinner } from "./spinner";
import { type SpeedChoice, SpeedField } from "./speed-field";
import { SubmitFeedback } from "./submit-feedback";
import { useDropZone } from "../use-drop-zone";
import { useReferenceImages } from "../use-reference-images";

export function PromptForm({ initialPrompt = "" }: { initialPrompt?: string }) {
  const t = useTranslations();
  const [prompt, setPrompt] = useState(initialPrompt);
  // Money rule: one key per form state. A double click or an automatic retry re-sends it, so the server
  // answers with the task it already created; any edit or a success starts a new intent.
  const [intent] = useState(() => createIntentKey());
  const create = useCreateImagine();
  const references = useReferenceImages(() => edited());
  const drop = useDropZone((files) => void references.add(files));
  // The ref blocks a second submit before React has re-rendered the disabled button.
  const inFlight = useRef(false);
  const [locked, setLocked] = useState(false);
  const [speed, setSpeed] = useState<SpeedChoice>("default");
  // The prompt text is the single source of truth; the params builder and the bot switch edit it.
  const params = usePromptParams(prompt, changePrompt, references.images.length > 0);
  const { issues, errors } = params.state;

  const length = prompt.trim().length;
  const tooLong = length > MAX_PROMPT_LENGTH;
  // Parameter errors block the (paid) submit before Midjourney rejects the job; warnings do not.
  const canSubmit = length > 0 && !tooLong && errors.length === 0 && references.processing === 0 && !locked;

  // Any edit is a new intent; the last answer (error or success) no longer describes what is on screen.
  function edited() {
    intent.reset();
    if (!inFlight.current) create.reset();
  }

  function changePrompt(value: string) {
    setPrompt(value);
    edited();
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (inFlight.current || !canSubmit) return;
    inFlight.current = true;
    flushSync(() => setLocked(true));
    const sent = { prompt: prompt.trim(), images: references.images };
    create.mutate(
      {
        prompt: sent.prompt,
        botType: params.bot,
        references: sent.images.map((image) => image.dataUrl),
        idempotencyKey: intent.current(),
        ...(speed === "default" ? {} : { mode: speed }),
      },
      {
        onSuccess: () => {
          intent.reset();
          // Only what was sent is cleared: text typed or images added while the request ran are the next idea.
          setPrompt((current) => (current.trim() === sent.prompt ? "" : current));
          references.clear(sent.images);
          dropPromptParam();
        },
        // On error everything the user typed and picked stays; the same key is reused if they simply retry.
        onSettled: () => {
          inFlight.current = false;
          setLocked(false);
        },
      },
    );
  }

  function onPaste(event: ClipboardEvent<HTMLFormElement>) {
    const files = Array.from(event.clipboardData.files);
    // Rich text from Office apps carries an image rendition too; text on the clipboard means the user pastes text.
    if (files.length === 0 || event.clipboardData.types.includes("text/plain")) return;
    event.preventDefault();
    void references.add(files);
  }

  return (
    <form
      aria-labelledby="prompt-heading"
      onSubmit={submit}
      onPaste={onPaste}
      {...drop.handlers}
      data-dropping={drop.active || undefined}
      className={cn(
        "relative space-y-4 rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm transition-colors dark:border-zinc-800 dark:bg-zinc-900",
        drop.active &&
          "border-violet-500 bg-violet-50 ring-4 ring-violet-500/20 dark:border-violet-400 dark:bg-violet-950/40",
      )}
    >
      <h2 id="prompt-heading" className="text-lg font-semibold">
        {t("prompt.heading")}
      </h2>

      <div className="space-y-2">
        <PromptField
          value={prompt}
          onChange={params.changeText}
          onSubmitShortcut={() => submit()}
          describedBy={issues.length > 0 ? "param-issues" : undefined}
          invalid={errors.length > 0}
        />
        <IssueSummary id="param-issues" issues={issues} />
      </div>

      <Segmented
        name="botType"
        legend={t("prompt.bot")}
        value={params.bot}
        onChange={(bot) => params.chooseBot(bot)}
        options={[
          { value: "MID_JOURNEY", label: t("prompt.midjourney") },
          { value: "NIJI_JOURNEY", label: t("prompt.niji") },
        ]}
      />

      <SpeedField
        value={speed}
        onChange={(value) => {
          setSpeed(value);
          edited();
        }}
      />

      <ParamsPanel params={params} hasImages={references.images.length > 0} />

      <div className="space-y-2">
        <h3 className="text-sm font-medium">{t("references.heading")}</h3>
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          {t("references.hint", { max: MAX_REFERENCES })}
        </p>
        <ReferencePickers onFiles={(files) => void references.add(files)} />
        <ReferenceChips
          images={references.images}
          processing={references.processing}
          onRemove={references.remove}
        />
      </div>

      <button
        type="submit"
        disabled={!canSubmit}
        aria-busy={locked || undefined}
        aria-describedby={errors.length > 0 ? "submit-blocked" : undefined}
        className="flex min-h-12 w-full items-center justify-center gap-2 rounded-xl bg-violet-600 px-5 text-base font-semibold text-white shadow-sm transition-colors hover:bg-violet-700 disabled:cursor-not-allowed disabled:bg-zinc-300 disabled:text-zinc-500 dark:disabled:bg-zinc-800 dark:disabled:text-zinc-500"
      >
        {locked || references.processing > 0 ? <Spinner /> : null}
        {/* The name stays "Imagine" while busy (tests and screen readers find it); the live region says what happens. */}
        {t("prompt.submit")}
      </button>

      <SubmitFeedback
        blocked={errors.length > 0 ? t("params.blocked", { count: errors.length }) : null}
        preparing={references.processing > 0}
        pending={locked}
        created={create.data}
        error={create.error}
        notices={references.notices}
      />

      {drop.active ? (
        <div className="pointer-events-none absolute inset-0 flex items-center justify-center rounded-2xl bg-violet-100/80 text-center text-base font-semibold text-violet-800 dark:bg-violet-950/80 dark:text-violet-200">
          {t("references.dropHere")}
        </div>
      ) : null}
    </form>
  );
}

/** After a successful submit a reload must not pre-fill the old prompt again. */
function dropPromptParam() {
  const url = new URL(window.location.href);
  if (!url.searchParams.has("prompt")) return;
  url.searchParams.delete("prompt");
  window.history.replaceState(null, "", `${url.pathname}${url.search}${url.hash}`);
}
