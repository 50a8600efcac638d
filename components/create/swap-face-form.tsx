"use client";

import { useTranslations } from "next-intl";

import { useSwapFace } from "@/lib/queries/tasks";

import { ImageSlot } from "./image-slot";
import { ModeForm } from "./mode-form";
import { useCreateSubmit } from "./use-create-submit";
import { useSingleImage } from "./use-single-image";

/** Face swap: the face of one picture onto the person in another (InsightFace). */
export function SwapFaceForm() {
  const t = useTranslations("create.swap");
  const submit = useCreateSubmit(useSwapFace());
  const face = useSingleImage(submit.edited);
  const target = useSingleImage(submit.edited);

  function send() {
    const [sentFace, sentTarget] = [face.image, target.image];
    if (!sentFace || !sentTarget) return;
    submit.send(
      (idempotencyKey) => ({ face: sentFace.dataUrl, target: sentTarget.dataUrl, idempotencyKey }),
      () => {
        face.clear([sentFace]);
        target.clear([sentTarget]);
      },
    );
  }

  return (
    <ModeForm
      mode="swap"
      ready={face.image !== null && target.image !== null && face.processing + target.processing === 0}
      onSubmit={send}
      submit={submit}
      notices={[...face.notices, ...target.notices]}
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
        <ImageSlot label={t("face")} slot={face} testId="swap-face" />
        <ImageSlot label={t("target")} slot={target} testId="swap-target" />
      </div>
    </ModeForm>
  );
}
