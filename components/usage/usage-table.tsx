"use client";

import { useFormatter, useTranslations } from "next-intl";

import type { UsageTable as Table } from "@/lib/usage-table";

import { useTaskTypeWords } from "./task-type-words";

const cellClass = "px-3 py-2 text-right tabular-nums";

/** Days × members down, task types across; scrolls sideways inside itself on a phone, not the page. */
export function UsageTable({ table }: { table: Table }) {
  const t = useTranslations("usagePage.table");
  const format = useFormatter();
  const typeWord = useTaskTypeWords();
  // Usage days are UTC days; formatting them in UTC keeps the date the server counted.
  const dayText = (day: string) =>
    format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });

  return (
    <div
      role="region"
      aria-label={t("label")}
      tabIndex={0}
      className="overflow-x-auto rounded-xl border border-zinc-200 dark:border-zinc-800"
    >
      <table className="min-w-full text-sm">
        <caption className="sr-only">{t("label")}</caption>
        <thead className="bg-zinc-50 text-xs text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-medium whitespace-nowrap">
              {t("day")}
            </th>
            <th scope="col" className="px-3 py-2 text-left font-medium">
              {t("member")}
            </th>
            {table.types.map((type) => (
              <th key={type} scope="col" className="px-3 py-2 text-right font-medium whitespace-nowrap">
                {typeWord(type)}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              {t("total")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {table.rows.map((row) => (
            <tr key={`${row.day}|${row.memberEmail}|${row.memberName}`}>
              <td className="px-3 py-2 whitespace-nowrap">
                <time dateTime={row.day}>{dayText(row.day)}</time>
              </td>
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <span className="block whitespace-nowrap">{row.memberName}</span>
                {row.memberEmail ? (
                  <span className="block text-xs text-zinc-500 dark:text-zinc-400">{row.memberEmail}</span>
                ) : null}
              </th>
              {table.types.map((type) => (
                <td key={type} className={cellClass}>
                  {row.counts[type] ?? 0}
                </td>
              ))}
              <td className={`${cellClass} font-semibold`}>{row.total}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-zinc-300 bg-zinc-50 font-semibold dark:border-zinc-700 dark:bg-zinc-900">
          <tr>
            <th scope="row" colSpan={2} className="px-3 py-2 text-left">
              {t("total")}
            </th>
            {table.types.map((type) => (
              <td key={type} className={cellClass}>
                {table.totals[type] ?? 0}
              </td>
            ))}
            <td className={cellClass}>{table.grandTotal}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
