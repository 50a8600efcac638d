"use client";

import { useTranslations } from "next-intl";

import { cn } from "@/components/common/cn";

import { readRatioDraft } from "./edits";
import { FieldIssues, hasError, issueId, issuesFor } from "./field-issues";
import { hintClass, ids, labelClass } from "./field-styles";
import { TextInput } from "./text-input";
import type { PromptParams } from "./use-prompt-params";

const PRESETS = ["1:1", "4:3", "3:2", "16:9", "21:9", "3:4", "2:3", "9:16"] as const;

/** A small outline of the ratio, so the chips read at a glance; decorative only. */
function RatioShape({ ratio }: { ratio: string }) {
  const [w = 1, h = 1] = ratio.split(":").map(Number);
  const scale = 14 / Math.max(w, h);
  return (
    <span
      aria-hidden
      className="inline-block rounded-[2px] border-[1.5px] border-current opacity-70"
      style={{ width: Math.max(4, w * scale), height: Math.max(4, h * scale) }}
    />
  );
}

/** Preset chips are toggle buttons: pressing the pressed one removes --ar (Midjourney's default, 1:1). */
export function AspectField({ params }: { params: PromptParams }) {
  const t = useTranslations("params");
  const { controls, issues } = params.state;
  const current = controls.aspectRatio;
  const preset = PRESETS.find((p) => p === current);
  const mine = issuesFor(issues, "aspectRatio");
  const describedBy = ids(mine.length > 0 && issueId("aspectRatio"));
  return (
    <div data-param="aspectRatio" className="space-y-2">
      <div role="group" aria-labelledby="param-ar-label" aria-describedby={describedBy}>
        <p id="param-ar-label" className={cn(labelClass, "mb-1.5")}>
          {t("aspectRatio")}
        </p>
        <div className="grid grid-cols-4 gap-1.5">
          {PRESETS.map((ratio) => (
            <button
              key={ratio}
              type="button"
              aria-pressed={ratio === current}
              onClick={() => params.move("aspectRatio", ratio === current ? null : ratio)}
              className="flex min-h-11 items-center justify-center gap-1.5 rounded-lg border border-zinc-300 bg-white px-1 text-sm font-medium text-zinc-700 tabular-nums aria-pressed:border-violet-600 aria-pressed:bg-violet-50 aria-pressed:text-violet-800 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-300 dark:aria-pressed:border-violet-400 dark:aria-pressed:bg-violet-950/60 dark:aria-pressed:text-violet-200"
            >
              <RatioShape ratio={ratio} />
              {ratio}
            </button>
          ))}
        </div>
      </div>
      <div className="flex items-center gap-3">
        <label htmlFor="param-ar-custom" className={cn(hintClass, "shrink-0 text-sm")}>
          {t("customRatio")}
        </label>
        <TextInput
          id="param-ar-custom"
          // A preset shows as its pressed chip; the box holds other ratios and unreadable typed text.
          shown={preset ? "" : (current ?? controls.invalid.aspectRatio ?? "")}
          read={readRatioDraft}
          onCommit={(ratio) => params.move("aspectRatio", ratio)}
          invalid={hasError(mine)}
          describedBy={describedBy}
          placeholder={t("customRatioPlaceholder")}
        />
      </div>
      <FieldIssues id={issueId("aspectRatio")} issues={mine} />
    </div>
  );
}
