"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/api-client";
import { useCreatePreset } from "@/lib/queries/team-memory";
import type { BotType } from "@/lib/schemas/task";
import { MAX_PRESET_NAME_LENGTH, type PresetSpeed } from "@/lib/schemas/team-memory";

import type { TrayReference } from "../imagine/reference-tray-storage";

/** What the imagine form holds right now: what "Save" keeps. */
export interface PresetDraft {
  prompt: string;
  bot: BotType;
  speed: PresetSpeed;
  references: readonly TrayReference[];
}

const inputClass =
  "min-h-11 w-full rounded-lg border border-zinc-300 bg-white px-3 text-base sm:text-sm dark:border-zinc-700 dark:bg-zinc-950";

export function PresetSaveForm({ draft }: { draft: PresetDraft }) {
  const t = useTranslations("teamMemory.presets");
  const create = useCreatePreset();
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const prompt = draft.prompt.trim();

  function save(kind: "preset" | "prompt", event?: FormEvent) {
    // Its own form, in a portal: stop the submit reaching the imagine form through React's tree.
    event?.preventDefault();
    event?.stopPropagation();
    if (!prompt || !name.trim()) return;
    setSaved(null);
    create.mutate(
      {
        kind,
        name: name.trim(),
        prompt,
        shared,
        ...(kind === "preset"
          ? {
              botType: draft.bot,
              speed: draft.speed,
              references: draft.references.map((r) => ({
                referenceId: r.referenceId,
                role: r.role,
                ...(r.weight === null ? {} : { weight: r.weight }),
              })),
            }
          : { botType: draft.bot }),
      },
      {
        onSuccess: (preset) => {
          setSaved(preset.name);
          setName("");
        },
      },
    );
  }

  return (
    <form
      onSubmit={(event) => save("preset", event)}
      aria-labelledby="preset-save-heading"
      className="space-y-3 rounded-xl border border-zinc-200 p-3 dark:border-zinc-800"
    >
      <h3 id="preset-save-heading" className="text-sm font-semibold">
        {t("saveHeading")}
      </h3>
      {prompt ? (
        <p className="line-clamp-2 text-xs text-zinc-600 dark:text-zinc-400">
          {t("saveSummary", { prompt, count: draft.references.length })}
        </p>
      ) : (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">{t("needsPrompt")}</p>
      )}
      <div className="space-y-1">
        <label htmlFor="preset-name" className="text-sm font-medium">
          {t("name")}
        </label>
        <input
          id="preset-name"
          value={name}
          maxLength={MAX_PRESET_NAME_LENGTH}
          onChange={(event) => setName(event.target.value)}
          autoComplete="off"
          className={inputClass}
        />
      </div>
      <label className="flex min-h-11 cursor-pointer items-center gap-3 text-sm">
        <input
          type="checkbox"
          checked={shared}
          onChange={(event) => setShared(event.target.checked)}
          className="size-5 accent-violet-600 dark:accent-violet-400"
        />
        {t("shareNew")}
      </label>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" disabled={!prompt || !name.trim() || create.isPending}>
          {t("savePreset")}
        </Button>
        <Button disabled={!prompt || !name.trim() || create.isPending} onClick={() => save("prompt")}>
          {t("savePrompt")}
        </Button>
      </div>
      <p role="status" className="text-sm text-zinc-700 empty:hidden dark:text-zinc-300">
        {saved ? t("saved", { name: saved }) : ""}
      </p>
      {create.error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {create.error instanceof ApiError ? create.error.message : t("saveFailed")}
        </p>
      ) : null}
    </form>
  );
}
