"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";

import { useCreateDescribe } from "@/lib/queries/tasks";

import { CreateFeedback } from "./create-feedback";
import { ImageSlot } from "./image-slot";
import { pastedImages } from "./pasted-images";
import { SubmitButton } from "./submit-button";
import { useSingleImage } from "./use-single-image";
import { useSubmitLock } from "./use-submit-lock";

/** Describe: one image → four prompts, shown on the task's page. */
export function DescribeForm() {
  const t = useTranslations("create");
  const lock = useSubmitLock();
  const create = useCreateDescribe();
  const slot = useSingleImage(edited);

  function edited() {
    lock.edited();
    if (!lock.busy()) create.reset();
  }

  const canSubmit = slot.image !== null && slot.processing === 0 && !lock.locked;

  function submit(event: FormEvent) {
    event.preventDefault();
    const sent = slot.image;
    if (!canSubmit || !sent) return;
    const key = lock.start();
    if (!key) return;
    create.mutate(
      { image: sent.dataUrl, idempotencyKey: key },
      {
        // Cleared only on success; on error the picked image stays for a retry with the same key.
        onSuccess: () => {
          lock.finish(true);
          slot.clear([sent]);
        },
        onError: () => lock.finish(false),
      },
    );
  }

  return (
    <form
      aria-labelledby="describe-heading"
      onSubmit={submit}
      onPaste={(event) => {
        const files = pastedImages(event);
        if (files) void slot.pick(files);
      }}
      className="space-y-4"
    >
      <div className="space-y-1">
        <h2 id="describe-heading" className="text-lg font-semibold">
          {t("describe.heading")}
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("describe.hint")}</p>
      </div>
      <ImageSlot label={t("describe.image")} slot={slot} testId="describe-image" />
      <SubmitButton label={t("describe.submit")} disabled={!canSubmit} busy={lock.locked} />
      <CreateFeedback
        pending={lock.locked}
        created={create.data}
        error={create.error}
        notices={slot.notices}
      />
    </form>
  );
}
