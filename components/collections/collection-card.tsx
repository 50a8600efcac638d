"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

import { useViewer } from "@/components/auth/viewer-context";
import { cn } from "@/components/common/cn";
import { useErrorText } from "@/components/common/use-error-text";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { inputClass } from "@/components/ui/form-field";
import { useDeleteCollection } from "@/lib/queries/collections";
import { useUpdateCollection } from "@/lib/queries/organize";
import type { CollectionDto } from "@/lib/schemas/organize";

import { CollectionCover } from "./collection-cover";

const smallButton =
  "inline-flex min-h-11 items-center justify-center rounded-lg px-3 text-sm font-medium hover:bg-zinc-100 disabled:opacity-50 dark:hover:bg-zinc-800";

export function CollectionCard({ collection }: { collection: CollectionDto }) {
  const t = useTranslations("collectionsPage");
  const words = useTranslations("toast");
  const errorText = useErrorText();
  const viewer = useViewer();
  const update = useUpdateCollection(collection.id);
  const remove = useDeleteCollection();
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [name, setName] = useState(collection.name);
  const error = update.error ?? remove.error;

  function rename(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || trimmed === collection.name) {
      setRenaming(false);
      return;
    }
    update.mutate({ name: trimmed }, { onSuccess: () => setRenaming(false) });
  }

  // Deleting a collection removes the collection row and its entries for good (the tasks stay), so it is
  // confirmed in our own dialog rather than offered as an undo.
  function destroy() {
    remove.mutate(collection.id, { onSettled: () => setConfirming(false) });
  }

  return (
    <li
      data-collection-id={collection.id}
      className="flex min-w-0 flex-col overflow-hidden rounded-xl bg-white ring-1 ring-zinc-200 dark:bg-zinc-900 dark:ring-zinc-800"
    >
      <Link href={`/collections/${collection.id}`} className="group block hover:opacity-90">
        <CollectionCover src={collection.cover} />
        <div className="p-2.5">
          <p className="truncate font-medium group-hover:underline">{collection.name}</p>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            {t("count", { count: collection.count })}
          </p>
        </div>
      </Link>
      <div className="mt-auto border-t border-zinc-200 p-1.5 dark:border-zinc-800">
        {renaming ? (
          <form onSubmit={rename} className="space-y-1.5">
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={80}
              aria-label={t("renameLabel", { name: collection.name })}
              autoFocus
              onKeyDown={(e) => {
                if (e.key === "Escape") setRenaming(false);
              }}
              className={inputClass}
            />
            <div className="flex gap-1">
              <button type="submit" className={cn(smallButton, "font-semibold")} disabled={update.isPending}>
                {t("save")}
              </button>
              <button type="button" className={smallButton} onClick={() => setRenaming(false)}>
                {t("cancel")}
              </button>
            </div>
          </form>
        ) : (
          <div className="flex flex-wrap gap-1">
            <button
              type="button"
              className={smallButton}
              aria-label={t("renameLabel", { name: collection.name })}
              onClick={() => {
                setName(collection.name);
                update.reset();
                setRenaming(true);
              }}
            >
              {t("rename")}
            </button>
            {viewer.role === "admin" ? (
              <button
                type="button"
                className={cn(smallButton, "text-red-700 dark:text-red-400")}
                aria-label={t("deleteLabel", { name: collection.name })}
                disabled={remove.isPending}
                onClick={() => setConfirming(true)}
              >
                {t("delete")}
              </button>
            ) : null}
            <ConfirmDialog
              open={confirming}
              title={words("deleteCollectionTitle")}
              confirmLabel={words("deleteCollection")}
              cancelLabel={words("cancel")}
              danger
              busy={remove.isPending}
              onConfirm={destroy}
              onCancel={() => setConfirming(false)}
            >
              {t("deleteConfirm", { name: collection.name })}
            </ConfirmDialog>
          </div>
        )}
        {error ? (
          <p role="alert" className="px-1.5 pt-1 text-xs text-red-700 dark:text-red-400">
            {errorText(error)}
          </p>
        ) : null}
      </div>
    </li>
  );
}
