"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { ListEmpty, ListStates } from "@/components/ui/list-states";
import { accountQueries, usagePath } from "@/lib/queries/account";
import type { UsageRange } from "@/lib/schemas/reports";
import { buildUsageTable, isValidRange } from "@/lib/usage-table";

import { UsageTable } from "./usage-table";

/** Range pickers, the per-day table and its CSV twin. Admins see the team; members their own rows. */
export function UsageReport({ initialRange }: { initialRange: UsageRange }) {
  const t = useTranslations("usagePage.report");
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
        <a href={usagePath(range, true)} download className={buttonClass("secondary")}>
          {t("downloadCsv")}
        </a>
      </div>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("utcNote")}</p>
      <Alert>{valid ? null : t("invalidRange")}</Alert>

      <ListStates
        words={t}
        query={usage}
        keepsData={table !== null}
        empty={table && table.rows.length > 0 ? null : <ListEmpty>{t("empty")}</ListEmpty>}
      >
        {table ? (
          <div aria-busy={usage.isPlaceholderData} className="transition-opacity aria-busy:opacity-60">
            <UsageTable table={table} />
          </div>
        ) : null}
      </ListStates>
    </div>
  );
}
