"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import { Segmented } from "@/components/common/segmented";
import type { TaskFilters, TaskStatusFilter } from "@/lib/queries/tasks";

const SEARCH_DEBOUNCE_MS = 300;
type StatusChoice = TaskStatusFilter | "all";

export function GalleryFilters({
  value,
  onChange,
}: {
  value: TaskFilters;
  onChange: (next: TaskFilters) => void;
}) {
  const t = useTranslations("gallery");
  const [text, setText] = useState(value.q ?? "");

  // Typing only asks the server once the user pauses.
  useEffect(() => {
    if (text.trim() === (value.q ?? "")) return;
    const timer = setTimeout(() => onChange({ ...value, q: text }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);

  const options = [
    { value: "all", label: t("all") },
    { value: "active", label: t("active") },
    { value: "succeeded", label: t("succeeded") },
    { value: "failed", label: t("failed") },
  ] as const;

  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
      <Segmented<StatusChoice>
        name="status-filter"
        legend={t("filter")}
        options={options}
        value={value.status ?? "all"}
        onChange={(status) => onChange({ ...value, status: status === "all" ? undefined : status })}
        className="sm:w-auto"
      />
      <label className="relative block min-w-0 sm:w-64">
        <span className="sr-only">{t("search")}</span>
        <svg
          aria-hidden
          viewBox="0 0 20 20"
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="9" cy="9" r="6" />
          <path d="m14 14 4 4" />
        </svg>
        <input
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={t("searchPlaceholder")}
          enterKeyHint="search"
          maxLength={200}
          className="min-h-11 w-full rounded-xl border border-zinc-300 bg-white py-2 pr-3 pl-9 dark:border-zinc-700 dark:bg-zinc-900"
        />
      </label>
    </div>
  );
}
