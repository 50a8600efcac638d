"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/api-client";
import { useDeletePreset, useUpdatePreset } from "@/lib/queries/team-memory";
import type { PresetDto } from "@/lib/schemas/team-memory";

import { PresetRename } from "./preset-rename";

/** One saved preset or prompt: apply it; its owner (or an admin) also renames, shares or deletes it. */
export function PresetItem({ preset, onApply }: { preset: PresetDto; onApply: () => void }) {
  const t = useTranslations("teamMemory.presets");
  const update = useUpdatePreset();
  const remove = useDeletePreset();
  const [confirming, setConfirming] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const error = update.error ?? remove.error;
  const missing = preset.references.filter((r) => r.url === null).length;
  const nameId = `preset-${preset.id}-name`;
  return (
    <li
      data-preset-id={preset.id}
      aria-labelledby={nameId}
      className="space-y-2 rounded-xl border border-zinc-200 p-3 dark:border-zinc-800"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <span id={nameId} className="font-medium break-words">
          {preset.name}
        </span>
        <span className="text-xs text-zinc-600 dark:text-zinc-400">
          {[
            preset.kind === "prompt" ? t("kindPrompt") : t("references", { count: preset.references.length }),
            preset.kind === "preset" && preset.speed !== "default" ? t(`speed.${preset.speed}`) : null,
            preset.mine ? null : t("by", { name: preset.ownerName }),
          ]
            .filter(Boolean)
            .join(" · ")}
        </span>
      </div>
      <p className="line-clamp-2 font-mono text-xs break-words text-zinc-700 dark:text-zinc-300">
        {preset.prompt}
      </p>
      {missing > 0 ? (
        <p className="text-xs text-amber-800 dark:text-amber-300">{t("missingShort", { count: missing })}</p>
      ) : null}
      {renaming ? <PresetRename preset={preset} update={update} onDone={() => setRenaming(false)} /> : null}
      <div className="flex flex-wrap items-center gap-2" hidden={renaming}>
        <Button variant="primary" onClick={onApply} aria-describedby={nameId}>
          {t("apply")}
        </Button>
        {preset.canEdit ? (
          <>
            <label className="flex min-h-11 cursor-pointer items-center gap-2 px-1 text-sm">
              <input
                type="checkbox"
                checked={preset.shared}
                disabled={update.isPending}
                onChange={(event) => update.mutate({ id: preset.id, shared: event.target.checked })}
                aria-describedby={nameId}
                className="size-5 accent-violet-600 dark:accent-violet-400"
              />
              {t("shared")}
            </label>
            <Button onClick={() => setRenaming(true)} aria-describedby={nameId}>
              {t("rename")}
            </Button>
            {confirming ? (
              <>
                <Button danger disabled={remove.isPending} onClick={() => remove.mutate(preset.id)}>
                  {t("confirmDelete", { name: preset.name })}
                </Button>
                <Button onClick={() => setConfirming(false)}>{t("keep")}</Button>
              </>
            ) : (
              <Button danger onClick={() => setConfirming(true)} aria-describedby={nameId}>
                {t("delete")}
              </Button>
            )}
          </>
        ) : preset.shared ? (
          <span className="text-xs text-zinc-600 dark:text-zinc-400">{t("sharedBy")}</span>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error instanceof ApiError ? error.message : t("changeFailed")}
        </p>
      ) : null}
    </li>
  );
}
