"use client";

import { useTranslations } from "next-intl";

import { rangeFor } from "@/lib/params";

import { FieldIssues, hasError, issueId, issuesFor } from "./field-issues";
import { hintClass, ids, labelClass } from "./field-styles";
import { NumberInput } from "./number-input";
import type { PromptParams } from "./use-prompt-params";

type RangeKey = "stylize" | "chaos" | "weird" | "exp";

/** Where the slider rests while the prompt leaves the param out: Midjourney's own defaults. */
const DEFAULTS: Record<RangeKey, number> = { stylize: 100, chaos: 0, weird: 0, exp: 0 };

/** A slider plus a number box, bounded by the current model's range (stylize differs before v4). */
export function RangeField({
  params,
  name,
  label,
}: {
  params: PromptParams;
  name: RangeKey;
  label?: string;
}) {
  const t = useTranslations("params");
  const { controls, model, issues } = params.state;
  const range = rangeFor(name, model) ?? { min: 0, max: 1000, integer: true };
  const value = controls[name];
  const fallback = Math.min(range.max, Math.max(range.min, DEFAULTS[name]));
  const mine = issuesFor(issues, name);
  const [inputId, labelId, hintId] = [`param-${name}`, `param-${name}-label`, `param-${name}-range`];
  const describedBy = ids(hintId, mine.length > 0 && issueId(name));
  return (
    <div data-param={name} className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-2">
        <label id={labelId} htmlFor={inputId} className={labelClass}>
          {label ?? t(name as Exclude<RangeKey, "exp">)}
        </label>
        <span id={hintId} className={`${hintClass} tabular-nums`}>
          {t("range", { min: range.min, max: range.max })}
        </span>
      </div>
      <div className="flex items-center gap-3">
        <input
          type="range"
          aria-labelledby={labelId}
          aria-describedby={describedBy}
          aria-valuetext={value === null ? t("defaultValue", { value: fallback }) : undefined}
          min={range.min}
          max={range.max}
          step={range.integer ? 1 : 0.1}
          value={value ?? fallback}
          onChange={(event) => params.move(name, Number(event.target.value))}
          className="h-11 min-w-0 flex-1 cursor-pointer accent-violet-600 dark:accent-violet-400"
        />
        <NumberInput
          id={inputId}
          value={value}
          invalidText={controls.invalid[name]}
          integer={range.integer}
          invalid={hasError(mine)}
          describedBy={describedBy}
          onCommit={(next) => params.move(name, next)}
          className="w-24 text-right"
        />
      </div>
      <FieldIssues id={issueId(name)} issues={mine} />
    </div>
  );
}
