"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

import { Segmented } from "@/components/ui/segmented";
import { useDropZone } from "./use-drop-zone";
import { useReferenceImages } from "./use-reference-images";
import { useCreateBlend } from "@/lib/queries/tasks";
import { type BlendDimensions, MAX_BLEND_IMAGES, MIN_BLEND_IMAGES } from "@/lib/schemas/task-input";

import { BlendList } from "./blend-list";
import { CreateFeedback } from "./create-feedback";
import { FilePicker } from "./file-picker";
import { pastedImages } from "./pasted-images";
import { SubmitButton } from "./submit-button";
import { inOrder, moveId } from "./order";
import { useSubmitLock } from "./use-submit-lock";

/** Blend: 2–5 images, in the order the user sets, into one grid. */
export function BlendForm() {
  const t = useTranslations("create");
  const lock = useSubmitLock();
  const create = useCreateBlend();
  const images = useReferenceImages(edited);
  const drop = useDropZone((files) => void images.add(files));
  const [order, setOrder] = useState<string[]>([]);
  const [dimensions, setDimensions] = useState<BlendDimensions>("SQUARE");
  const ordered = inOrder(images.images, order);

  function edited() {
    lock.edited();
    if (!lock.busy()) create.reset();
  }

  function move(id: string, by: -1 | 1) {
    setOrder(
      moveId(
        ordered.map((image) => image.id),
        id,
        by,
      ),
    );
    edited();
  }

  const count = ordered.length;
  const canSubmit =
    count >= MIN_BLEND_IMAGES && count <= MAX_BLEND_IMAGES && images.processing === 0 && !lock.locked;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!canSubmit) return;
    const key = lock.start();
    if (!key) return;
    const sent = ordered;
    create.mutate(
      { images: sent.map((image) => image.dataUrl), dimensions, idempotencyKey: key },
      {
        onSuccess: () => {
          lock.finish(true);
          images.clear(sent);
        },
        onError: () => lock.finish(false),
      },
    );
  }

  return (
    <form
      aria-labelledby="blend-heading"
      onSubmit={submit}
      onPaste={(event) => {
        const files = pastedImages(event);
        if (files) void images.add(files);
      }}
      {...drop.handlers}
      data-dropping={drop.active || undefined}
      className="space-y-4 data-dropping:rounded-xl data-dropping:ring-4 data-dropping:ring-violet-500/30"
    >
      <div className="space-y-1">
        <h2 id="blend-heading" className="text-lg font-semibold">
          {t("blend.heading")}
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {t("blend.hint", { min: MIN_BLEND_IMAGES, max: MAX_BLEND_IMAGES })}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <FilePicker label={t("blend.add")} multiple onFiles={(files) => void images.add(files)} />
        <FilePicker
          label={t("camera", { label: t("blend.image") })}
          camera
          onFiles={(files) => void images.add(files)}
          className="sm:hidden"
        />
      </div>
      <BlendList
        images={ordered}
        processing={images.processing}
        onMove={move}
        onRemove={(id) => images.remove(id)}
      />
      <Segmented
        name="dimensions"
        legend={t("blend.dimensions")}
        value={dimensions}
        onChange={(value) => {
          setDimensions(value);
          edited();
        }}
        options={[
          { value: "PORTRAIT", label: t("blend.portrait") },
          { value: "SQUARE", label: t("blend.square") },
          { value: "LANDSCAPE", label: t("blend.landscape") },
        ]}
      />
      <SubmitButton label={t("blend.submit")} disabled={!canSubmit} busy={lock.locked} />
      <CreateFeedback
        pending={lock.locked}
        created={create.data}
        error={create.error}
        notices={images.notices}
      />
    </form>
  );
}
