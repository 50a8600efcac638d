"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { canManageTask, useViewer } from "@/components/auth/viewer-context";
import { useErrorText } from "@/components/common/use-error-text";
import { ActionBar } from "@/components/ui/action-bar";
import { Button } from "@/components/ui/button";
import {
  collectionQueries,
  useBulkTasks,
  useCreateCollection,
  useDownloadTasks,
} from "@/lib/queries/organize";
import type { BulkResultDto } from "@/lib/schemas/organize";
import type { TaskDto } from "@/lib/schemas/task";

import { bulkResultText } from "./bulk-result-text";
import { useDeleteWithUndo } from "./use-delete-with-undo";

const NEW = "__new__";
const fieldClass =
  "min-h-11 w-full rounded-lg border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/** The actions for a multi-selection: star, file into a collection, download as zip, delete. */
export function SelectionBar({ selected, onClear }: { selected: TaskDto[]; onClear: () => void }) {
  const t = useTranslations("gallery");
  const errorText = useErrorText();
  const viewer = useViewer();
  const bulk = useBulkTasks();
  const deletion = useDeleteWithUndo();
  const download = useDownloadTasks();
  const createCollection = useCreateCollection();
  const collections = useQuery(collectionQueries.list());
  const [collectionId, setCollectionId] = useState("");
  const [newName, setNewName] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const ids = selected.map((task) => task.id);
  const notMine = selected.filter((task) => !canManageTask(viewer, task)).length;
  const busy = bulk.isPending || deletion.isPending || download.isPending || createCollection.isPending;

  function report(result: BulkResultDto) {
    setMessage(
      bulkResultText(
        result,
        (changed) => t("bulkDone", { count: changed }),
        (skipped, reason) => t("bulkSkipped", { count: skipped, reason }),
      ),
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
    // No question first: the toast offers Undo (use-delete-with-undo.ts).
    void run(async () => {
      report(await deletion.remove(ids));
      onClear();
    });
  };

  const picker = (
    <div className="flex flex-wrap items-end gap-2">
      <label className="block min-w-40 flex-1 text-xs font-medium sm:flex-none">
        {t("chooseCollection")}
        <select value={collectionId} onChange={(e) => setCollectionId(e.target.value)} className={fieldClass}>
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
            className={fieldClass}
          />
        </label>
      ) : null}
      <Button
        variant="toolbar"
        disabled={busy || ids.length === 0 || !collectionId || (collectionId === NEW && !newName.trim())}
        onClick={() => void addToCollection()}
      >
        {t("bulkAddToCollection")}
      </Button>
    </div>
  );

  return (
    <ActionBar
      label={t("selected", { count: ids.length })}
      placement="bottom"
      count={t("selected", { count: ids.length })}
      more={picker}
      message={message}
      testId="selection-bar"
    >
      <Button
        variant="toolbar"
        disabled={busy || ids.length === 0}
        onClick={() => void run(async () => report(await bulk.mutateAsync({ op: "favorite", ids })))}
      >
        ★ {t("bulkFavorite")}
      </Button>
      <Button
        variant="toolbar"
        disabled={busy || ids.length === 0}
        onClick={() => void run(() => download.mutateAsync(ids))}
      >
        {download.isPending ? t("downloading") : t("bulkDownload")}
      </Button>
      <Button variant="toolbar" danger disabled={busy || ids.length === 0} onClick={remove}>
        {t("bulkDelete")}
      </Button>
      <Button variant="toolbar" onClick={onClear} disabled={ids.length === 0}>
        {t("clearSelection")}
      </Button>
    </ActionBar>
  );
}
