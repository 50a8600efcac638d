"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { createPortal } from "react-dom";

import { Icon } from "@/components/ui/icon";
import type { PresetDto } from "@/lib/schemas/team-memory";

import type { PresetDraft } from "./preset-save-form";
import { PresetsDialog } from "./presets-dialog";

/**
 * The composer's "Presets" button: opens the dialog where the current prompt is saved as a preset (or just the
 * prompt) and saved ones, the member's own or the team's, are found and applied.
 */
export function PresetsControl({
  draft,
  onApply,
}: {
  draft: PresetDraft;
  onApply: (preset: PresetDto) => void;
}) {
  const t = useTranslations("teamMemory.presets");
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-zinc-300 px-3.5 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        <Icon d="M5 3h10v14l-5-3.5L5 17z" className="size-4" strokeWidth={1.5} />
        {t("open")}
      </button>
      {/* In a portal: the dialog has its own form, which must not sit inside the imagine form (a nested form's
          Enter would submit the paid Imagine). */}
      {open
        ? createPortal(
            <PresetsDialog
              draft={draft}
              onClose={() => setOpen(false)}
              onApply={(preset) => {
                setOpen(false);
                onApply(preset);
              }}
            />,
            document.body,
          )
        : null}
    </>
  );
}
