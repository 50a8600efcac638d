"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

import { cn } from "@/components/common/cn";
import { onPastedFiles } from "@/components/ui/file-picker";
import { Segmented } from "@/components/ui/segmented";
import { useDropZone } from "@/components/ui/use-drop-zone";
import { useCreateImagine } from "@/lib/queries/tasks";
import { MAX_PROMPT_LENGTH } from "@/lib/schemas/task-input";

import { BatchConfirmDialog } from "../batch/batch-confirm-dialog";
import { BatchHint } from "../batch/batch-hint";
import { useBatchSubmit } from "../batch/use-batch-submit";
import { useBatchText } from "../batch/use-batch-text";
import { IssueSummary } from "../params/field-issues";
import { ParamsPanel } from "../params/params-panel";
import { usePromptParams } from "../params/use-prompt-params";
import { PresetAppliedNotice } from "../presets/preset-applied-notice";
import { PresetsControl } from "../presets/presets-control";
import { usePresetApply } from "../presets/use-preset-apply";
import { SubmitButton } from "../submit-button";
import { useCreateSubmit } from "../use-create-submit";
import { PromptField } from "./prompt-field";
import { ReferenceImagesField } from "./reference-images-field";
import { type SpeedChoice, SpeedField } from "./speed-field";
import { SubmitFeedback } from "./submit-feedback";
import { useReferenceTray } from "./use-reference-tray";
import { useReuseTask } from "./use-reuse-task";

export function PromptForm({
  initialPrompt = "",
  reuseTaskId,
}: {
  initialPrompt?: string;
  reuseTaskId?: string;
}) {
  const t = useTranslations();
  const [prompt, setPrompt] = useState(initialPrompt);
  const submit = useCreateSubmit(useCreateImagine());
  const references = useReferenceTray(submit.edited);
  const addReferences = (files: File[]) => void references.add(files);
  const drop = useDropZone(addReferences);
  const [speed, setSpeed] = useState<SpeedChoice>("default");
  // The prompt text is the single source of truth; the params builder and the bot switch edit it.
  const params = usePromptParams(prompt, changePrompt, references.hasImagePrompt);
  useReuseTask(reuseTaskId, (task) => {
    setPrompt(task.prompt);
    setSpeed(task.mode ?? "default");
    references.replaceWith(task.inputs);
  });
  // A permutation prompt or a list of prompts is a batch: checked per expanded prompt, confirmed before sending.
  const batch = useBatchText(prompt, params.bot, references.hasImagePrompt);
  const batchSubmit = useBatchSubmit();
  const issues = batch.isBatch ? [] : params.state.issues;
  const errors = batch.isBatch ? [] : params.state.errors;
  const presets = usePresetApply({ params, setSpeed, references });

  const length = prompt.trim().length;
  const tooLong = !batch.isBatch && length > MAX_PROMPT_LENGTH;
  // Parameter errors block the (paid) submit before Midjourney rejects the job; warnings do not.
  const canSubmit =
    length > 0 &&
    !tooLong &&
    errors.length === 0 &&
    batch.problem === null &&
    references.processing === 0 &&
    !submit.locked &&
    !batchSubmit.locked;

  function changePrompt(value: string) {
    setPrompt(value);
    submit.edited();
    batchSubmit.edited();
  }

  function referenceInputs(items: typeof references.items) {
    return items.map((r) => ({
      referenceId: r.referenceId,
      role: r.role,
      ...(r.weight === null ? {} : { weight: r.weight }),
    }));
  }

  function confirmBatch() {
    const sent = { text: prompt.trim(), references: references.items };
    batchSubmit.confirm(
      (idempotencyKey) => ({
        text: sent.text,
        botType: params.bot,
        referenceInputs: referenceInputs(sent.references),
        idempotencyKey,
        ...(speed === "default" ? {} : { mode: speed }),
      }),
      () => {
        setPrompt((current) => (current.trim() === sent.text ? "" : current));
        dropPromptParam();
      },
    );
  }

  function send(event: FormEvent) {
    event.preventDefault();
    if (!canSubmit) return;
    if (batch.isBatch) return batchSubmit.ask();
    const sent = { prompt: prompt.trim(), references: references.items };
    submit.send(
      (idempotencyKey) => ({
        prompt: sent.prompt,
        botType: params.bot,
        referenceInputs: referenceInputs(sent.references),
        idempotencyKey,
        ...(speed === "default" ? {} : { mode: speed }),
      }),
      () => {
        // Only what was sent is cleared: text typed while the request ran is the next idea. References stay
        // (kept until removed), as on midjourney.com.
        setPrompt((current) => (current.trim() === sent.prompt ? "" : current));
        dropPromptParam();
      },
    );
  }

  return (
    <form
      aria-labelledby="prompt-heading"
      onSubmit={send}
      onPaste={onPastedFiles(addReferences)}
      {...drop.handlers}
      data-dropping={drop.active || undefined}
      className={cn(
        "relative space-y-4 rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm transition-colors dark:border-zinc-800 dark:bg-zinc-900",
        // The desktop's collapsed prompt bar (Composer): prompt and submit side by side, the rest hidden.
        "lg:group-data-[compact=true]/composer:grid lg:group-data-[compact=true]/composer:grid-cols-[minmax(0,1fr)_auto] lg:group-data-[compact=true]/composer:items-start lg:group-data-[compact=true]/composer:space-y-0 lg:group-data-[compact=true]/composer:gap-x-2 lg:group-data-[compact=true]/composer:p-2",
        drop.active &&
          "border-violet-500 bg-violet-50 ring-4 ring-violet-500/20 dark:border-violet-400 dark:bg-violet-950/40",
      )}
    >
      <h2 id="prompt-heading" className="text-lg font-semibold lg:group-data-[compact=true]/composer:sr-only">
        {t("prompt.heading")}
      </h2>

      <div className="space-y-2">
        <PromptField
          value={prompt}
          onChange={params.changeText}
          describedBy={batch.isBatch ? "batch-hint" : issues.length > 0 ? "param-issues" : undefined}
          invalid={errors.length > 0 || batch.problem !== null}
        />
        <IssueSummary id="param-issues" issues={issues} />
        <BatchHint id="batch-hint" batch={batch} />
      </div>

      <div className="space-y-4 lg:group-data-[compact=true]/composer:hidden">
        <PresetsControl
          draft={{ prompt, bot: params.bot, speed, references: references.items }}
          onApply={(preset) => presets.apply(preset)}
        />
        <PresetAppliedNotice applied={presets.applied} />

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
            submit.edited();
          }}
        />

        <ParamsPanel params={params} hasImages={references.hasImagePrompt} isBatch={batch.isBatch} />

        <ReferenceImagesField references={references} model={params.state.model} />
      </div>

      {/* The name stays "Imagine" while busy (tests and screen readers find it); the live region says what happens. */}
      <SubmitButton
        label={t("prompt.submit")}
        disabled={!canSubmit}
        busy={submit.locked}
        preparing={references.processing > 0}
        describedBy={errors.length > 0 ? "submit-blocked" : undefined}
      />

      {/* The collapsed desktop bar hides the tray; kept references still go with the prompt, so say so. */}
      {references.items.length > 0 ? (
        <p
          data-testid="compact-reference-hint"
          className="col-span-2 hidden items-center gap-2 pt-1.5 text-xs text-zinc-600 lg:group-data-[compact=true]/composer:flex dark:text-zinc-400"
        >
          {references.items.slice(0, 4).map((item) => (
            // eslint-disable-next-line @next/next/no-img-element -- our guarded reference route, a tiny preview
            <img key={item.referenceId} src={item.url} alt="" className="size-6 rounded object-cover" />
          ))}
          {t("referenceTray.compactHint", { count: references.items.length })}
        </p>
      ) : null}

      <SubmitFeedback
        blocked={errors.length > 0 ? t("params.blocked", { count: errors.length }) : null}
        preparing={references.processing > 0}
        pending={submit.locked || batchSubmit.locked}
        created={submit.created}
        error={submit.error ?? batchSubmit.error}
        notices={references.notices}
      />

      <BatchConfirmDialog
        open={batchSubmit.asking}
        prompts={batch.prompts}
        busy={batchSubmit.locked}
        onConfirm={confirmBatch}
        onCancel={batchSubmit.dismiss}
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
