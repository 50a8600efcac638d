"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { FormField, secondaryButtonClass } from "@/components/auth/form-field";
import { useErrorText } from "@/components/common/use-error-text";
import { accountQueries, usagePath } from "@/lib/queries/account";
import type { UsageRange } from "@/lib/schemas/reports";
import { buildUsageTable, isValidRange } from "@/lib/usage-table";

import { UsageTable } from "./usage-table";

/** Range pickers, the per-day table and its CSV twin. Admins see the team; members their own rows. */
export function UsageReport({ initialRange }: { initialRange: UsageRange }) {
  const t = useTranslations("usagePage.report");
  const errorText = useErrorText();
  const [draft, setDraft] = useState(initialRange);
  const [range, setRange] = useState(initialRange);
  const valid = isValidRange(draft);
  // Half-typed or reversed dates keep the last good table instead of asking the server for an error.
  const change = (patch: Partial<UsageRange>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (isValidRange(next)) setRange(next);
  };
  const usage = useQuery({ ...accountQueries.usage(range), placeholderData: keepPreviousData });
  const table = usage.data ? buildUsageTable(usage.data.rows) : null;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-full min-[400px]:w-44">
          <FormField
            label={t("from")}
            type="date"
            value={draft.from}
            max={draft.to || undefined}
            onChange={(e) => change({ from: e.target.value })}
          />
        </div>
        <div className="w-full min-[400px]:w-44">
          <FormField
            label={t("to")}
            type="date"
            value={draft.to}
            min={draft.from || undefined}
            onChange={(e) => change({ to: e.target.value })}
          />
        </div>
        <a href={usagePath(range, true)} download className={secondaryButtonClass}>
          {t("downloadCsv")}
        </a>
      </div>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("utcNote")}</p>
      {valid ? null : (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {t("invalidRange")}
        </p>
      )}

      {usage.isPending ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("loading")}</p>
      ) : usage.isError && !table ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {t("loadFailed", { message: errorText(usage.error) })}
        </p>
      ) : table && table.rows.length > 0 ? (
        <div aria-busy={usage.isPlaceholderData} className="transition-opacity aria-busy:opacity-60">
          <UsageTable table={table} />
        </div>
      ) : (
        <p className="rounded-xl border border-dashed border-zinc-300 p-8 text-center text-sm text-zinc-500 dark:border-zinc-700 dark:text-zinc-400">
          {t("empty")}
        </p>
      )}
    </div>
  );
}
