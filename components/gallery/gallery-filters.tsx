"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import { ACTION_KEYS, type ActionKey } from "@/components/task/status-words";
import { Icon } from "@/components/ui/icon";
import { Segmented } from "@/components/ui/segmented";
import { collectionQueries, memberQueries } from "@/lib/queries/organize";
import { hasActiveFilters } from "@/lib/queries/task-cache";
import type { TaskFilters, TaskStatusFilter } from "@/lib/queries/tasks";

const SEARCH_DEBOUNCE_MS = 300;
type StatusChoice = TaskStatusFilter | "all";

/** The task types a member can filter by (VIDEO: every clip, animated or extended); the rest show under "All types". */
const FILTER_TYPES = ACTION_KEYS.filter(
  (action): action is Exclude<ActionKey, "UPSCALE_HD" | "EDITS"> =>
    action !== "UPSCALE_HD" && action !== "EDITS",
);

/** A select with its label: at least wide enough for "Any collection" / "所有收藏集", growing to share the row. */
const fieldBox = "block min-w-0 grow basis-44 text-xs font-medium";

const selectClass =
  "min-h-11 w-full rounded-xl border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-900";

export function GalleryFilters({
  value,
  onChange,
}: {
  value: TaskFilters;
  onChange: (next: TaskFilters) => void;
}) {
  const t = useTranslations("gallery");
  const tt = useTranslations("tile");
  const [text, setText] = useState(value.q ?? "");
  const extraCount = [
    value.member,
    value.type,
    value.from,
    value.to,
    value.favorites,
    value.collection,
  ].filter(Boolean).length;
  const [open, setOpen] = useState(extraCount > 0);
  const members = useQuery({ ...memberQueries.refs(), enabled: open });
  const collections = useQuery({ ...collectionQueries.list(), enabled: open });

  // Typing only asks the server once the user pauses.
  useEffect(() => {
    if (text.trim() === (value.q ?? "")) return;
    const timer = setTimeout(() => onChange({ ...value, q: text }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);

  const set = (patch: Partial<TaskFilters>) => onChange({ ...value, ...patch });

  return (
    <div className="space-y-2">
      <div className="flex flex-col gap-2 @3xl:flex-row @3xl:flex-wrap @3xl:items-center">
        <Segmented<"all" | "mine">
          name="scope-filter"
          legend={t("scope")}
          options={[
            { value: "all", label: t("everyone") },
            { value: "mine", label: t("mine") },
          ]}
          value={value.scope ?? "all"}
          onChange={(scope) => set({ scope: scope === "mine" ? "mine" : undefined })}
          className="@3xl:w-auto"
        />
        <Segmented<StatusChoice>
          name="status-filter"
          legend={t("filter")}
          options={[
            { value: "all", label: t("all") },
            { value: "active", label: t("active") },
            { value: "succeeded", label: t("succeeded") },
            { value: "failed", label: t("failed") },
          ]}
          value={value.status ?? "all"}
          onChange={(status) => set({ status: status === "all" ? undefined : status })}
          className="@3xl:w-auto"
        />
        <div className="flex min-w-0 gap-2 @3xl:flex-1">
          <label className="relative block min-w-0 flex-1 @3xl:min-w-48">
            <span className="sr-only">{t("search")}</span>
            <Icon
              className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400"
              strokeWidth={2}
            >
              <circle cx="9" cy="9" r="6" />
              <path d="m14 14 4 4" />
            </Icon>
            <input
              type="search"
              value={text}
              onChange={(event) => setText(event.target.value)}
              placeholder={t("searchPlaceholder")}
              enterKeyHint="search"
              // The "/" shortcut focuses this field.
              data-shortcut="search"
              maxLength={200}
              className="min-h-11 w-full rounded-xl border border-zinc-300 bg-white py-2 pr-3 pl-9 dark:border-zinc-700 dark:bg-zinc-900"
            />
          </label>
          <button
            type="button"
            aria-expanded={open}
            aria-controls="more-filters"
            onClick={() => setOpen((v) => !v)}
            className="min-h-11 shrink-0 rounded-xl border border-zinc-300 px-3 text-sm font-medium whitespace-nowrap hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            {extraCount > 0 ? t("moreFiltersCount", { count: extraCount }) : t("moreFilters")}
          </button>
        </div>
      </div>

      {open ? (
        <div
          id="more-filters"
          // Wrapping fields with a minimum width each: nothing is cut ("Any membe", "mm/dd/yyy") at any width.
          className="flex flex-wrap items-end gap-x-2 gap-y-3 rounded-xl border border-zinc-200 p-3 dark:border-zinc-800"
        >
          <label className={fieldBox}>
            {t("member")}
            <select
              value={value.member ?? ""}
              onChange={(e) => set({ member: e.target.value || undefined })}
              className={selectClass}
            >
              <option value="">{t("anyMember")}</option>
              {(members.data ?? []).map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
          <label className={fieldBox}>
            {t("type")}
            <select
              value={value.type ?? ""}
              onChange={(e) => set({ type: e.target.value || undefined })}
              className={selectClass}
            >
              <option value="">{t("anyType")}</option>
              {FILTER_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`types.${type}`)}
                </option>
              ))}
            </select>
          </label>
          <label className={fieldBox}>
            {t("collection")}
            <select
              value={value.collection ?? ""}
              onChange={(e) => set({ collection: e.target.value || undefined })}
              className={selectClass}
            >
              <option value="">{t("anyCollection")}</option>
              {(collections.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="flex min-w-0 grow basis-80 flex-wrap gap-2">
            <legend className="sr-only">{tt("dates")}</legend>
            <label className="block min-w-38 flex-1 text-xs font-medium">
              {t("from")}
              <input
                type="date"
                value={value.from ?? ""}
                max={value.to}
                onChange={(e) => set({ from: e.target.value || undefined })}
                className={selectClass}
              />
            </label>
            <label className="block min-w-38 flex-1 text-xs font-medium">
              {t("to")}
              <input
                type="date"
                value={value.to ?? ""}
                min={value.from}
                onChange={(e) => set({ to: e.target.value || undefined })}
                className={selectClass}
              />
            </label>
          </fieldset>
          <label className="flex min-h-11 shrink-0 items-center gap-2 text-sm font-medium whitespace-nowrap">
            <input
              type="checkbox"
              checked={Boolean(value.favorites)}
              onChange={(e) => set({ favorites: e.target.checked || undefined })}
              className="size-5 accent-amber-500"
            />
            {t("favoritesOnly")}
          </label>
          {hasActiveFilters(value) ? (
            <button
              type="button"
              onClick={() => {
                setText("");
                onChange({});
              }}
              className="ml-auto min-h-11 rounded-xl px-1 text-sm font-medium whitespace-nowrap text-violet-700 underline dark:text-violet-300"
            >
              {t("clearFilters")}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
