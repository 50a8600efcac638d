"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { canManageTask, useViewer } from "@/components/auth/viewer-context";
import { useErrorText } from "@/components/common/use-error-text";
import {
  collectionQueries,
  useBulkTasks,
  useCreateCollection,
  useDownloadTasks,
} from "@/lib/queries/organize";
import type { BulkResultDto } from "@/lib/schemas/organize";
import type { TaskDto } from "@/lib/schemas/task";

const NEW = "__new__";
const buttonClass =
  "min-h-11 rounded-lg border border-zinc-300 bg-white px-3 text-sm font-medium hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800";

/** The actions for a multi-selection: star, file into a collection, download as zip, delete. */
export function SelectionBar({ selected, onClear }: { selected: TaskDto[]; onClear: () => void }) {
  const t = useTranslations("gallery");
  const errorText = useErrorText();
  const viewer = useViewer();
  const bulk = useBulkTasks();
  const download = useDownloadTasks();
  const createCollection = useCreateCollection();
  const collections = useQuery(collectionQueries.list());
  const [collectionId, setCollectionId] = useState("");
  const [newName, setNewName] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const ids = selected.map((task) => task.id);
  const notMine = selected.filter((task) => !canManageTask(viewer, task)).length;
  const busy = bulk.isPending || download.isPending || createCollection.isPending;

  function report(result: BulkResultDto) {
    const first = result.skipped[0];
    setMessage(
      first
        ? `${t("bulkDone", { count: result.changed.length })} ${t("bulkSkipped", { count: result.skipped.length, reason: first.reason })}`
        : t("bulkDone", { count: result.changed.length }),
    );
  }

  async function run(action: () => Promise<unknown>) {
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage(errorText(error));
    }
  }

  const addToCollection = () =>
    run(async () => {
      let target = collectionId;
      if (target === NEW) {
        const created = await createCollection.mutateAsync(newName.trim());
        target = created.id;
        setCollectionId(created.id);
        setNewName("");
      }
      if (target) report(await bulk.mutateAsync({ op: "addToCollection", ids, collectionId: target }));
    });

  const remove = () => {
    if (notMine > 0) {
      setMessage(t("onlyOwnDelete", { count: notMine }));
      return;
    }
    if (!window.confirm(t("bulkDeleteConfirm", { count: ids.length }))) return;
    void run(async () => {
      report(await bulk.mutateAsync({ op: "delete", ids }));
      onClear();
    });
  };

  return (
    <div
      role="region"
      aria-label={t("selected", { count: ids.length })}
      data-testid="selection-bar"
      className="sticky bottom-0 z-20 -mx-3 border-t border-zinc-200 bg-white/95 px-3 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] backdrop-blur sm:mx-0 sm:rounded-xl sm:border dark:border-zinc-800 dark:bg-zinc-950/95"
    >
      <div className="flex flex-wrap items-center gap-2">
        <p className="mr-auto text-sm font-semibold">{t("selected", { count: ids.length })}</p>
        <button
          type="button"
          className={buttonClass}
          disabled={busy || ids.length === 0}
          onClick={() => void run(async () => report(await bulk.mutateAsync({ op: "favorite", ids })))}
        >
          ★ {t("bulkFavorite")}
        </button>
        <button
          type="button"
          className={buttonClass}
          disabled={busy || ids.length === 0}
          onClick={() => void run(() => download.mutateAsync(ids))}
        >
          {download.isPending ? t("downloading") : t("bulkDownload")}
        </button>
        <button
          type="button"
          className={`${buttonClass} text-red-700 dark:text-red-400`}
          disabled={busy || ids.length === 0}
          onClick={remove}
        >
          {t("bulkDelete")}
        </button>
        <button type="button" className={buttonClass} onClick={onClear} disabled={ids.length === 0}>
          {t("clearSelection")}
        </button>
      </div>
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <label className="block min-w-40 flex-1 text-xs font-medium sm:flex-none">
          {t("chooseCollection")}
          <select
            value={collectionId}
            onChange={(e) => setCollectionId(e.target.value)}
            className="min-h-11 w-full rounded-lg border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="" disabled>
              —
            </option>
            {(collections.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
            <option value={NEW}>{t("newCollection")}</option>
          </select>
        </label>
        {collectionId === NEW ? (
          <label className="block min-w-40 flex-1 text-xs font-medium sm:flex-none">
            {t("newCollectionName")}
            <input
              value={newName}
              onChange={(e) => setNewName(e.target.value)}
              maxLength={80}
              className="min-h-11 w-full rounded-lg border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-900"
            />
          </label>
        ) : null}
        <button
          type="button"
          className={buttonClass}
          disabled={busy || ids.length === 0 || !collectionId || (collectionId === NEW && !newName.trim())}
          onClick={() => void addToCollection()}
        >
          {t("bulkAddToCollection")}
        </button>
      </div>
      {message ? (
        <p role="status" className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          {message}
        </p>
      ) : null}
    </div>
  );
}
