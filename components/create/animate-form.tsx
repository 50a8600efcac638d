"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useId, useState } from "react";

import type { AnimateDetail } from "@/components/layout/studio-events";
import { onPastedFiles } from "@/components/ui/file-picker";
import { Segmented } from "@/components/ui/segmented";
import { useCreateVideo } from "@/lib/queries/tasks";
import { MAX_PROMPT_LENGTH } from "@/lib/schemas/task-input";
import type { VideoMotion, VideoResolution } from "@/lib/schemas/video-input";

import { CreateFeedback } from "./create-feedback";
import { ImageSlot } from "./image-slot";
import { PromptTextarea } from "./prompt-textarea";
import { SubmitButton } from "./submit-button";
import { useCreateSubmit } from "./use-create-submit";
import { useSingleImage } from "./use-single-image";

type BatchChoice = "1" | "2" | "4";

/** A gallery image (or one grid cell) as a File, read through our own guarded routes like any other picture. */
async function galleryImageFile({ taskId, cell }: AnimateDetail): Promise<File> {
  const url = cell ? `/api/tasks/${taskId}/cells/${cell}` : `/api/images/${taskId}/original`;
  const res = await fetch(url, { credentials: "same-origin" });
  if (!res.ok) throw new Error(`image ${res.status}`);
  const blob = await res.blob();
  return new File([blob], `${taskId}${cell ? `-${cell}` : ""}.${blob.type.split("/")[1] ?? "png"}`, {
    type: blob.type,
  });
}

/**
 * "Animate image": a start frame (uploaded, pasted, dropped, or preset from a gallery image's Animate action), an
 * optional end frame, and Midjourney's video choices, into 1, 2 or 4 short clips (POST /api/video).
 */
export function AnimateForm({ preset }: { preset?: (AnimateDetail & { nonce: number }) | undefined }) {
  const t = useTranslations("video.form");
  const submit = useCreateSubmit(useCreateVideo());
  const start = useSingleImage(submit.edited);
  const end = useSingleImage(submit.edited);
  const [prompt, setPrompt] = useState("");
  const [motion, setMotion] = useState<VideoMotion>("low");
  const [loop, setLoop] = useState(false);
  const [batch, setBatch] = useState<BatchChoice>("4");
  const [resolution, setResolution] = useState<VideoResolution>("480p");
  // The nonce of the preset that could not be read: a newer request hides the old failure without a reset.
  const [failedNonce, setFailedNonce] = useState<number | undefined>();
  const presetFailed = preset !== undefined && failedNonce === preset.nonce;
  const loopId = useId();

  useEffect(() => {
    if (!preset) return;
    let cancelled = false;
    galleryImageFile(preset)
      .then((file) => (cancelled ? undefined : start.pick([file])))
      .catch(() => {
        if (!cancelled) setFailedNonce(preset.nonce);
      });
    return () => {
      cancelled = true;
    };
    // A new nonce is a new request, even for the same image.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [preset?.nonce]);

  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      submit.edited();
    };
  const ready =
    start.image !== null &&
    start.processing === 0 &&
    end.processing === 0 &&
    prompt.length <= MAX_PROMPT_LENGTH;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const first = start.image;
    if (!ready || submit.locked || !first) return;
    const last = end.image;
    submit.send(
      (idempotencyKey) => ({
        prompt,
        startFrame: first.dataUrl,
        ...(last ? { endFrame: last.dataUrl } : {}),
        loop,
        motion,
        batchSize: Number(batch) as 1 | 2 | 4,
        resolution,
        idempotencyKey,
      }),
      () => {
        start.clear([first]);
        if (last) end.clear([last]);
      },
    );
  }

  return (
    <form
      aria-labelledby="animate-heading"
      onSubmit={onSubmit}
      onPaste={onPastedFiles((files) => void start.pick(files))}
      data-testid="animate-form"
      className="space-y-4"
    >
      <div className="space-y-1">
        <h2 id="animate-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("hint")}</p>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <ImageSlot label={t("startFrame")} slot={start} testId="animate-start" />
        <ImageSlot label={t("endFrame")} slot={end} testId="animate-end" />
      </div>
      {presetFailed ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {t("presetFailed")}
        </p>
      ) : null}
      <div className="space-y-1">
        <PromptTextarea
          id="animate-prompt"
          label={t("prompt")}
          value={prompt}
          rows={2}
          maxLength={MAX_PROMPT_LENGTH + 500}
          placeholder={t("promptPlaceholder")}
          onChange={changed(setPrompt)}
          className="block w-full resize-y rounded-xl border border-zinc-300 bg-white px-3 py-2.5 text-base focus:border-violet-500 focus:ring-2 focus:ring-violet-500/30 focus:outline-none dark:border-zinc-700 dark:bg-zinc-950"
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <Segmented
          name="animate-motion"
          legend={t("motion")}
          variant="field"
          value={motion}
          onChange={changed(setMotion)}
          options={[
            { value: "low", label: t("motionLow") },
            { value: "high", label: t("motionHigh") },
          ]}
        />
        <Segmented
          name="animate-batch"
          legend={t("batchSize")}
          variant="field"
          value={batch}
          onChange={changed(setBatch)}
          options={(["1", "2", "4"] as const).map((value) => ({ value, label: value }))}
        />
        <Segmented
          name="animate-resolution"
          legend={t("resolution")}
          variant="field"
          value={resolution}
          onChange={changed(setResolution)}
          options={[
            { value: "480p", label: "480p" },
            { value: "720p", label: "720p" },
          ]}
        />
      </div>
      <label htmlFor={loopId} className="flex min-h-11 items-center gap-3 text-sm font-medium">
        <input
          id={loopId}
          type="checkbox"
          checked={loop}
          onChange={(event) => changed(setLoop)(event.target.checked)}
          className="size-5 accent-violet-600"
        />
        {t("loop")}
      </label>
      <SubmitButton label={t("submit")} disabled={!ready || submit.locked} busy={submit.locked} />
      <CreateFeedback
        pending={submit.locked}
        created={submit.created}
        error={submit.error}
        notices={[...start.notices, ...end.notices]}
      />
    </form>
  );
}
