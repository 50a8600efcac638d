"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { canManageTask, useViewer } from "@/components/auth/viewer-context";
import { cn } from "@/components/common/cn";
import { useErrorText } from "@/components/common/use-error-text";
import { Alert } from "@/components/ui/alert";
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
import { TileIcon, type TileIconName } from "./tile-icons";
import { useDeleteWithUndo } from "./use-delete-with-undo";

const NEW = "__new__";
const fieldClass =
  "min-h-11 w-full rounded-lg border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/** The actions for a multi-selection: star, file into a collection, download as zip, delete. */
export function SelectionBar({ selected, onClear }: { selected: TaskDto[]; onClear: () => void }) {
  const t = useTranslations("gallery");
  const tt = useTranslations("tile");
  // The collection picker opens on demand, so the phone bar stays one row.
  const [filing, setFiling] = useState(false);
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
    <div
      role="region"
      aria-label={t("selected", { count: ids.length })}
      data-testid="selection-bar"
      className="sticky bottom-0 z-30 -mx-3 space-y-2 border-t border-zinc-200 bg-white/95 px-2 pt-1.5 pb-[max(0.375rem,env(safe-area-inset-bottom))] backdrop-blur sm:mx-0 sm:rounded-xl sm:border sm:p-2 dark:border-zinc-800 dark:bg-zinc-950/95"
    >
      {filing ? picker : null}
      {/* One row on every width: icons with their names for screen readers, words from sm up. */}
      <div className="flex items-center gap-1 sm:gap-2" role="group" aria-label={tt("selectionActions")}>
        <p className="mr-auto min-w-0 truncate pl-1 text-sm font-semibold" aria-live="polite">
          {t("selected", { count: ids.length })}
        </p>
        <BarButton
          icon="star"
          label={t("bulkFavorite")}
          disabled={busy || ids.length === 0}
          onClick={() => void run(async () => report(await bulk.mutateAsync({ op: "favorite", ids })))}
        />
        <BarButton
          icon="folder"
          label={tt("fileInto")}
          expanded={filing}
          disabled={ids.length === 0}
          onClick={() => setFiling((open) => !open)}
        />
        <BarButton
          icon="download"
          label={download.isPending ? t("downloading") : t("bulkDownload")}
          disabled={busy || ids.length === 0}
          onClick={() => void run(() => download.mutateAsync(ids))}
        />
        <BarButton
          icon="trash"
          label={t("bulkDelete")}
          danger
          disabled={busy || ids.length === 0}
          onClick={remove}
        />
        <BarButton icon="close" label={t("clearSelection")} onClick={onClear} disabled={ids.length === 0} />
      </div>
      <Alert look="note" className="px-1">
        {message}
      </Alert>
    </div>
  );
}

/** An icon button that shows its words from sm up; on a phone the name is for screen readers and the tooltip. */
function BarButton({
  icon,
  label,
  danger = false,
  expanded,
  ...rest
}: {
  icon: TileIconName;
  label: string;
  danger?: boolean;
  expanded?: boolean;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      title={label}
      aria-expanded={expanded}
      className={cn(
        "inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center gap-1.5 rounded-lg px-2 text-sm font-medium hover:bg-zinc-100 disabled:opacity-40 aria-expanded:bg-zinc-100 sm:border sm:border-zinc-300 sm:bg-white sm:px-3 dark:hover:bg-zinc-800 dark:aria-expanded:bg-zinc-800 sm:dark:border-zinc-700 sm:dark:bg-zinc-900",
        danger && "text-red-700 dark:text-red-400",
      )}
      {...rest}
    >
      <TileIcon name={icon} />
      <span className="sr-only sm:not-sr-only">{label}</span>
    </button>
  );
}
