"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { ImagePickers, onPastedFiles } from "@/components/ui/file-picker";
import { ImageChips } from "@/components/ui/image-chips";
import { Segmented } from "@/components/ui/segmented";
import { useDropZone } from "@/components/ui/use-drop-zone";
import { useCreateBlend } from "@/lib/queries/tasks";
import { type BlendDimensions, MAX_BLEND_IMAGES, MIN_BLEND_IMAGES } from "@/lib/schemas/task-input";

import { ModeForm } from "./mode-form";
import { inOrder, moveId } from "./order";
import { useCreateSubmit } from "./use-create-submit";
import { useReferenceImages } from "./use-reference-images";

/** Blend: 2–5 images, in the order the user sets, into one grid. */
export function BlendForm() {
  const t = useTranslations("create");
  const submit = useCreateSubmit(useCreateBlend());
  const images = useReferenceImages(submit.edited);
  const add = (files: File[]) => void images.add(files);
  const drop = useDropZone(add);
  const [order, setOrder] = useState<string[]>([]);
  const [dimensions, setDimensions] = useState<BlendDimensions>("SQUARE");
  const ordered = inOrder(images.images, order);
  const count = ordered.length;

  function move(id: string, by: -1 | 1) {
    setOrder(
      moveId(
        ordered.map((image) => image.id),
        id,
        by,
      ),
    );
    submit.edited();
  }

  function send() {
    const sent = ordered;
    submit.send(
      (idempotencyKey) => ({ images: sent.map((image) => image.dataUrl), dimensions, idempotencyKey }),
      () => images.clear(sent),
    );
  }

  return (
    <ModeForm
      mode="blend"
      hintValues={{ min: MIN_BLEND_IMAGES, max: MAX_BLEND_IMAGES }}
      ready={count >= MIN_BLEND_IMAGES && count <= MAX_BLEND_IMAGES && images.processing === 0}
      onSubmit={send}
      submit={submit}
      notices={images.notices}
      onPaste={onPastedFiles(add)}
      drop={drop}
    >
      <ImagePickers
        label={t("blend.add")}
        cameraLabel={t("camera", { label: t("blend.image") })}
        multiple
        onFiles={add}
      />
      <ImageChips
        images={ordered}
        processing={images.processing}
        label={t("blend.list")}
        itemTestId="blend-image"
        alt={(image, index) => t("blend.item", { index, width: image.width, height: image.height })}
        removeLabel={(index) => t("blend.remove", { index })}
        onRemove={(id) => images.remove(id)}
        reorder={{
          onMove: move,
          upLabel: (index) => t("blend.up", { index }),
          downLabel: (index) => t("blend.down", { index }),
        }}
      />
      <Segmented
        name="dimensions"
        legend={t("blend.dimensions")}
        value={dimensions}
        onChange={(value) => {
          setDimensions(value);
          submit.edited();
        }}
        options={[
          { value: "PORTRAIT", label: t("blend.portrait") },
          { value: "SQUARE", label: t("blend.square") },
          { value: "LANDSCAPE", label: t("blend.landscape") },
        ]}
      />
    </ModeForm>
  );
}
