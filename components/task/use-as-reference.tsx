"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";

import { useErrorText } from "@/components/common/use-error-text";
import { mergeIntoTray, readTray, writeTray } from "@/components/create/imagine/reference-tray-storage";
import { buttonClass } from "@/components/ui/button";
import { createReference } from "@/lib/queries/references";
import type { TaskDto } from "@/lib/schemas/task";

/**
 * "Use as reference" on a task page: keeps the task's image as a reference and puts it in the composer's tray
 * (the tray lives in localStorage, so the home page finds it there), then offers the way back to the composer.
 */
export function UseAsReference({ task }: { task: TaskDto }) {
  const t = useTranslations("referenceTray");
  const errorText = useErrorText();
  const [state, setState] = useState<{ busy: boolean; added: boolean; error: unknown }>({
    busy: false,
    added: false,
    error: null,
  });
  if (!task.image) return null;

  async function add() {
    setState({ busy: true, added: false, error: null });
    try {
      const ref = await createReference({ taskId: task.id });
      const { items } = mergeIntoTray(readTray(window.localStorage), [
        {
          referenceId: ref.id,
          url: ref.url,
          width: ref.width,
          height: ref.height,
          role: "image",
          weight: null,
        },
      ]);
      writeTray(window.localStorage, items);
      setState({ busy: false, added: true, error: null });
    } catch (error) {
      setState({ busy: false, added: false, error });
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2" aria-live="polite">
      <button
        type="button"
        onClick={() => void add()}
        disabled={state.busy}
        className={buttonClass("action")}
      >
        {t("useAsReference")}
      </button>
      {state.added ? (
        <p data-testid="reference-added" className="text-sm text-emerald-700 dark:text-emerald-400">
          {t("added")}{" "}
          <Link href="/" className="font-medium underline">
            {t("openComposer")}
          </Link>
        </p>
      ) : null}
      {state.error ? (
        <p className="text-sm text-red-700 dark:text-red-400">{errorText(state.error)}</p>
      ) : null}
    </div>
  );
}
