"use client";

import { useTranslations } from "next-intl";

import { onPastedFiles } from "@/components/ui/file-picker";
import { useCreateDescribe } from "@/lib/queries/tasks";

import { ImageSlot } from "./image-slot";
import { ModeForm } from "./mode-form";
import { useCreateSubmit } from "./use-create-submit";
import { useSingleImage } from "./use-single-image";

/** Describe: one image → four prompts, shown on the task's page. */
export function DescribeForm() {
  const t = useTranslations("create");
  const submit = useCreateSubmit(useCreateDescribe());
  const slot = useSingleImage(submit.edited);

  function send() {
    const sent = slot.image;
    if (!sent) return;
    // Cleared only on success; on error the picked image stays for a retry with the same key.
    submit.send(
      (idempotencyKey) => ({ image: sent.dataUrl, idempotencyKey }),
      () => slot.clear([sent]),
    );
  }

  return (
    <ModeForm
      mode="describe"
      ready={slot.image !== null && slot.processing === 0}
      onSubmit={send}
      submit={submit}
      notices={slot.notices}
      onPaste={onPastedFiles((files) => void slot.pick(files))}
    >
      <ImageSlot label={t("describe.image")} slot={slot} testId="describe-image" />
    </ModeForm>
  );
}
