"use client";

import { useTranslations } from "next-intl";
import { Fragment, useId } from "react";

import { DialogHeader } from "@/components/ui/dialog-header";
import { useModalOnMount } from "@/components/ui/use-modal-on-mount";

import { SHORTCUT_LIST } from "./shortcut-keys";

/** The list of keyboard shortcuts (`?`), as a native modal: focus moves in, stays in, and returns on close. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useTranslations("shortcuts");
  const titleId = useId();
  const dialog = useModalOnMount();

  const groups = (["page", "lightbox"] as const).map((where) => ({
    where,
    items: SHORTCUT_LIST.filter((item) => item.where === where),
  }));

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-modal="true"
      data-testid="shortcuts-dialog"
      onClose={onClose}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-black/60 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <DialogHeader titleId={titleId} title={t("title")} closeLabel={t("close")} onClose={onClose} />
      <div className="max-h-[70dvh] space-y-4 overflow-y-auto px-5 py-4">
        {groups.map((group) => (
          <section key={group.where} aria-labelledby={`${titleId}-${group.where}`}>
            <h3
              id={`${titleId}-${group.where}`}
              className="mb-1.5 text-sm font-semibold text-zinc-600 dark:text-zinc-400"
            >
              {t(group.where === "page" ? "everywhere" : "inLightbox")}
            </h3>
            <dl className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {group.items.map((item) => (
                <div
                  key={item.id}
                  data-shortcut-id={item.id}
                  className="flex items-center justify-between gap-3 py-2"
                >
                  <dt className="text-sm">{t(`actions.${item.id}`)}</dt>
                  <dd className="flex shrink-0 items-center gap-1 text-sm">
                    {item.keys.map((key, index) => (
                      <Fragment key={key}>
                        {index > 0 ? (
                          <span className="text-xs text-zinc-500 dark:text-zinc-400">
                            {item.id === "upscale" || item.id === "vary" ? t("then") : t("or")}
                          </span>
                        ) : null}
                        <kbd className="min-w-7 rounded-md border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 text-center font-mono text-xs dark:border-zinc-700 dark:bg-zinc-800">
                          {key === "Esc" ? t("escKey") : key}
                        </kbd>
                      </Fragment>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}
