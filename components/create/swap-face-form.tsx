"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";

import { useSwapFace } from "@/lib/queries/tasks";

import { CreateFeedback } from "./create-feedback";
import { ImageSlot } from "./image-slot";
import { SubmitButton } from "./submit-button";
import { useSingleImage } from "./use-single-image";
import { useSubmitLock } from "./use-submit-lock";

/** Face swap: the face of one picture onto the person in another (InsightFace). */
export function SwapFaceForm() {
  const t = useTranslations("create.swap");
  const lock = useSubmitLock();
  const create = useSwapFace();
  const face = useSingleImage(edited);
  const target = useSingleImage(edited);

  function edited() {
    lock.edited();
    if (!lock.busy()) create.reset();
  }

  const busy = face.processing + target.processing > 0;
  const canSubmit = face.image !== null && target.image !== null && !busy && !lock.locked;

  function submit(event: FormEvent) {
    event.preventDefault();
    const sentFace = face.image;
    const sentTarget = target.image;
    if (!canSubmit || !sentFace || !sentTarget) return;
    const key = lock.start();
    if (!key) return;
    create.mutate(
      { face: sentFace.dataUrl, target: sentTarget.dataUrl, idempotencyKey: key },
      {
        onSuccess: () => {
          lock.finish(true);
          face.clear([sentFace]);
          target.clear([sentTarget]);
        },
        onError: () => lock.finish(false),
      },
    );
  }

  return (
    <form aria-labelledby="swap-heading" onSubmit={submit} className="space-y-4">
      <div className="space-y-1">
        <h2 id="swap-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("hint")}</p>
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
        <ImageSlot label={t("face")} slot={face} testId="swap-face" />
        <ImageSlot label={t("target")} slot={target} testId="swap-target" />
      </div>
      <SubmitButton label={t("submit")} disabled={!canSubmit} busy={lock.locked} />
      <CreateFeedback
        pending={lock.locked}
        created={create.data}
        error={create.error}
        notices={[...face.notices, ...target.notices]}
      />
    </form>
  );
}
