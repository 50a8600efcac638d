"use client";

import { useTranslations } from "next-intl";

import { Icon } from "@/components/ui/icon";
import { Segmented } from "@/components/ui/segmented";
import { qualityValuesFor, rangeFor } from "@/lib/params";

import { randomSeed } from "./edits";
import { FieldIssues, ParamField, hasError, issueId, issuesFor } from "./field-issues";
import { ids } from "./field-styles";
import { NumberInput } from "./number-input";
import type { PromptParams } from "./use-prompt-params";

/** The current model's --q values; a typed value it does not take stays visible (with its error). */
export function QualityField({ params }: { params: PromptParams }) {
  const t = useTranslations("params");
  const { controls, model, issues } = params.state;
  // Models before v4 took a continuous range; offer the common steps there.
  const values = [...(qualityValuesFor(model) ?? [0.25, 0.5, 1])];
  if (controls.quality !== null && !values.includes(controls.quality)) values.push(controls.quality);
  const mine = issuesFor(issues, "quality");
  return (
    <div data-param="quality" className="space-y-1.5">
      <Segmented
        variant="field"
        name="param-quality"
        legend={t("quality")}
        value={controls.quality === null ? "" : String(controls.quality)}
        onChange={(v) => params.move("quality", v === "" ? null : Number(v))}
        options={[
          { value: "", label: t("default") },
          ...values.map((v) => ({ value: String(v), label: String(v) })),
        ]}
        describedBy={ids(mine.length > 0 && issueId("quality"))}
        invalid={hasError(mine)}
      />
      <FieldIssues id={issueId("quality")} issues={mine} />
    </div>
  );
}

export function SeedField({ params }: { params: PromptParams }) {
  const t = useTranslations("params");
  const { controls, model, issues } = params.state;
  const mine = issuesFor(issues, "seed");
  const range = rangeFor("seed", model);
  return (
    <ParamField param="seed" id="param-seed" label={t("seed")} issues={mine}>
      <div className="flex gap-2">
        <NumberInput
          id="param-seed"
          value={controls.seed}
          invalidText={controls.invalid.seed}
          invalid={hasError(mine)}
          describedBy={ids(mine.length > 0 && issueId("seed"))}
          onCommit={(next) => params.move("seed", next)}
          className="flex-1"
        />
        <button
          type="button"
          aria-label={t("randomSeed")}
          title={range ? t("range", { min: range.min, max: range.max }) : undefined}
          onClick={() => params.move("seed", randomSeed())}
          className="inline-flex min-h-11 shrink-0 items-center gap-1.5 rounded-lg border border-zinc-300 bg-white px-3 text-sm font-medium dark:border-zinc-700 dark:bg-zinc-900"
        >
          <Icon className="size-4" strokeWidth={1.5}>
            <rect x="3" y="3" width="14" height="14" rx="3" />
            <circle cx="7" cy="7" r="1" fill="currentColor" />
            <circle cx="13" cy="13" r="1" fill="currentColor" />
            <circle cx="10" cy="10" r="1" fill="currentColor" />
          </Icon>
          {t("random")}
        </button>
      </div>
    </ParamField>
  );
}
