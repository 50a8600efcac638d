"use client";

import { useTranslations } from "next-intl";

import { cn } from "@/components/common/cn";
import { Icon } from "@/components/ui/icon";

import { AspectField } from "./aspect-field";
import { ExcludeField, FlagFields } from "./exclude-flags-fields";
import { ProfileCodePicker } from "./profile-code-picker";
import { QualityField, SeedField } from "./quality-seed-fields";
import { RangeField } from "./range-field";
import { ReferenceFields } from "./reference-fields";
import { usePanelOpen } from "./use-panel-open";
import type { PromptParams } from "./use-prompt-params";
import { VersionField } from "./version-field";

/**
 * The collapsible params builder. Its content stays mounted while closed (hidden), so a half-typed draft
 * survives closing it; every control reads from and writes to the prompt text through `params`.
 */
export function ParamsPanel({
  params,
  hasImages,
  isBatch = false,
}: {
  params: PromptParams;
  hasImages: boolean;
  /** A permutation prompt or list: its raw text is not one prompt, so it is checked per expanded prompt instead. */
  isBatch?: boolean;
}) {
  const t = useTranslations("params");
  const v8 = useTranslations("paramsV8");
  const [open, setOpen] = usePanelOpen();
  const { parsed } = params.state;
  const errors = isBatch ? [] : params.state.errors;
  const active = new Set(parsed.params.flatMap((p) => (p.key ? [p.key] : []))).size;
  return (
    <section
      data-testid="params-panel"
      data-open={open || undefined}
      className="rounded-xl border border-zinc-200 dark:border-zinc-800"
    >
      <h3>
        <button
          id="params-toggle"
          type="button"
          aria-expanded={open}
          aria-controls="params-body"
          onClick={() => setOpen(!open)}
          className="flex min-h-12 w-full items-center gap-2 rounded-xl px-3 text-left"
        >
          <span className="text-sm font-semibold">{t("heading")}</span>
          <span className="text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
            {t("activeCount", { count: active })}
          </span>
          {errors.length > 0 ? (
            <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-800 tabular-nums dark:bg-red-950 dark:text-red-300">
              {t("errorCount", { count: errors.length })}
            </span>
          ) : null}
          <Icon
            d="m5 8 5 5 5-5"
            className={cn("ml-auto size-5 shrink-0 transition-transform", open && "rotate-180")}
            strokeWidth={1.5}
          />
        </button>
      </h3>
      <div
        id="params-body"
        hidden={!open}
        className="space-y-5 border-t border-zinc-200 px-3 pt-4 pb-3 dark:border-zinc-800"
      >
        <AspectField params={params} />
        <VersionField params={params} />
        <RangeField params={params} name="stylize" />
        <RangeField params={params} name="chaos" />
        <RangeField params={params} name="weird" />
        <RangeField params={params} name="exp" label={v8("exp")} />
        <QualityField params={params} />
        <SeedField params={params} />
        <ExcludeField params={params} />
        <FlagFields params={params} />
        <ProfileCodePicker params={params} />
        <ReferenceFields params={params} hasImages={hasImages} />
        <button
          type="button"
          onClick={() => params.reset()}
          disabled={active === 0}
          className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-zinc-300 px-3.5 text-sm font-medium text-zinc-700 disabled:cursor-not-allowed disabled:opacity-50 dark:border-zinc-700 dark:text-zinc-300"
        >
          <Icon d="M4 10a6 6 0 1 0 1.8-4.3M4 4v3.5h3.5" className="size-4" strokeWidth={1.5} />
          {t("reset")}
        </button>
      </div>
    </section>
  );
}
