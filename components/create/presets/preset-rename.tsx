"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

import { Button } from "@/components/ui/button";
import type { useUpdatePreset } from "@/lib/queries/team-memory";
import { MAX_PRESET_NAME_LENGTH, type PresetDto } from "@/lib/schemas/team-memory";

/**
 * Rename in place: the owner (or an admin) edits the name inline, a form of its own so Enter saves the name
 * and never reaches the imagine form. Errors show in the item's alert (the same mutation hook's state).
 */
export function PresetRename({
  preset,
  update,
  onDone,
}: {
  preset: PresetDto;
  update: ReturnType<typeof useUpdatePreset>;
  onDone: () => void;
}) {
  const t = useTranslations("teamMemory.presets");
  const [name, setName] = useState(preset.name);
  const input = useRef<HTMLInputElement>(null);
  // The member just asked to rename this one: the field takes the focus with the name selected.
  useEffect(() => input.current?.select(), []);
  const trimmed = name.trim();
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        event.stopPropagation();
        if (trimmed === "" || trimmed === preset.name) return onDone();
        update.mutate({ id: preset.id, name: trimmed }, { onSuccess: onDone });
      }}
    >
      <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
        {t("renameLabel", { name: preset.name })}
        <input
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={MAX_PRESET_NAME_LENGTH}
          required
          ref={input}
          className="min-h-11 rounded-lg border border-zinc-300 bg-white px-3 dark:border-zinc-700 dark:bg-zinc-950"
        />
      </label>
      <Button type="submit" variant="primary" disabled={update.isPending || trimmed === ""}>
        {t("saveName")}
      </Button>
      <Button onClick={onDone}>{t("cancelRename")}</Button>
    </form>
  );
}
