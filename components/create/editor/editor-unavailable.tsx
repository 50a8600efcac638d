"use client";

import { useTranslations } from "next-intl";

/** Shown instead of the form when the upstream answered that it has no such endpoint: why, and when it asks again. */
export function EditorUnavailable({ mode }: { mode: "edit" | "retexture" }) {
  const t = useTranslations("editor.unavailable");
  return (
    <section
      aria-labelledby={`editor-${mode}-unavailable`}
      data-testid="editor-unavailable"
      className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <h2 id={`editor-${mode}-unavailable`} className="text-base font-semibold">
        {t("heading")}
      </h2>
      <p>{t(mode)}</p>
      <p>{t("recheck")}</p>
    </section>
  );
}
