"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { Segmented } from "@/components/ui/segmented";
import { presetQueries } from "@/lib/queries/team-memory";
import type { PresetDto } from "@/lib/schemas/team-memory";

import { filterPresets } from "./apply-preset";
import { PresetItem } from "./preset-item";

export function PresetList({ onApply }: { onApply: (preset: PresetDto) => void }) {
  const t = useTranslations("teamMemory.presets");
  const query = useQuery(presetQueries.list());
  const [tab, setTab] = useState<"mine" | "team">("mine");
  const [search, setSearch] = useState("");
  const shown = filterPresets(query.data ?? [], tab, search);
  return (
    <section aria-labelledby="preset-list-heading" className="space-y-3">
      <h3 id="preset-list-heading" className="text-sm font-semibold">
        {t("listHeading")}
      </h3>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <Segmented
          name="preset-tab"
          legend={t("whose")}
          value={tab}
          onChange={setTab}
          options={[
            { value: "mine", label: t("mine") },
            { value: "team", label: t("team") },
          ]}
        />
        <input
          type="search"
          aria-label={t("search")}
          placeholder={t("search")}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          className="min-h-11 min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 text-base sm:text-sm dark:border-zinc-700 dark:bg-zinc-950"
        />
      </div>
      {query.isPending ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("loading")}</p>
      ) : query.isError ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {t("loadFailed")}
        </p>
      ) : shown.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {search.trim() ? t("noMatch") : tab === "mine" ? t("emptyMine") : t("emptyTeam")}
        </p>
      ) : (
        <ul aria-label={t(tab === "mine" ? "mine" : "team")} className="space-y-2">
          {shown.map((preset) => (
            <PresetItem key={preset.id} preset={preset} onApply={() => onApply(preset)} />
          ))}
        </ul>
      )}
    </section>
  );
}
