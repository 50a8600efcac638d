"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";

import { DialogHeader } from "@/components/ui/dialog-header";
import { useModalOnMount } from "@/components/ui/use-modal-on-mount";
import type { PresetDto } from "@/lib/schemas/team-memory";

import { PresetList } from "./preset-list";
import { type PresetDraft, PresetSaveForm } from "./preset-save-form";

/** A native modal: focus moves in, stays in, and returns to the Presets button on close. */
export function PresetsDialog({
  draft,
  onClose,
  onApply,
}: {
  draft: PresetDraft;
  onClose: () => void;
  onApply: (preset: PresetDto) => void;
}) {
  const t = useTranslations("teamMemory.presets");
  const titleId = useId();
  const dialog = useModalOnMount();

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-modal="true"
      data-testid="presets-dialog"
      onClose={onClose}
      className="m-auto flex max-h-[90dvh] w-[min(36rem,calc(100vw-1rem))] flex-col rounded-2xl bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-black/60 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <DialogHeader titleId={titleId} title={t("title")} closeLabel={t("close")} onClose={onClose} />
      <div className="min-h-0 flex-1 space-y-5 overflow-y-auto px-5 py-4">
        <PresetSaveForm draft={draft} />
        <PresetList onApply={onApply} />
      </div>
    </dialog>
  );
}
