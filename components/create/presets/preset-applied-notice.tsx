"use client";

import { useTranslations } from "next-intl";

import type { AppliedNotice } from "./use-preset-apply";

/** Says what was applied, and in words which references could not come back (deleted since it was saved). */
export function PresetAppliedNotice({ applied }: { applied: AppliedNotice | null }) {
  const t = useTranslations("teamMemory.presets");
  return (
    <div role="status" data-testid="preset-applied" className="empty:hidden">
      {applied ? (
        <p
          className={
            applied.missing > 0
              ? "rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-200"
              : "text-sm text-zinc-700 dark:text-zinc-300"
          }
        >
          {applied.missing > 0
            ? t("appliedMissing", { name: applied.name, count: applied.missing })
            : t("applied", { name: applied.name })}
        </p>
      ) : null}
    </div>
  );
}
