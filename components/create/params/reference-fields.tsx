"use client";

import { useTranslations } from "next-intl";

import { rangeFor } from "@/lib/params";

import { readWordsDraft } from "./edits";
import { FieldNotes, ParamField, hasError, issueId, issuesFor } from "./field-issues";
import { hintClass, ids } from "./field-styles";
import { NumberInput } from "./number-input";
import { StyleVersionField } from "./style-version-field";
import { TextInput } from "./text-input";
import type { PromptParams } from "./use-prompt-params";

type WeightKey = "sw" | "cw" | "ow" | "iw";

interface WeightProps {
  params: PromptParams;
  name: WeightKey;
  /** Whether what the weight weighs is there; when not, the field is disabled with `needs` as the reason. */
  present: boolean;
  needs: string;
}

function WeightField({ params, name, present, needs }: WeightProps) {
  const t = useTranslations("params");
  const { controls, model, issues } = params.state;
  const mine = issuesFor(issues, name);
  const range = rangeFor(name, model);
  // A weight already in the prompt stays editable (with its warning) so it can be corrected or cleared.
  const disabled = !present && controls[name] === null && controls.invalid[name] === undefined;
  const id = `param-${name}`;
  return (
    <div data-param={name} className="space-y-1">
      <div className="flex items-center gap-3">
        <label htmlFor={id} className="min-w-0 flex-1 text-sm">
          {t(name)}
          {range ? (
            <span id={`${id}-range`} aria-hidden className={`block ${hintClass} tabular-nums`}>
              {t("range", { min: range.min, max: range.max })}
            </span>
          ) : null}
        </label>
        <NumberInput
          id={id}
          value={controls[name]}
          invalidText={controls.invalid[name]}
          integer={range?.integer ?? false}
          disabled={disabled}
          invalid={hasError(mine)}
          describedBy={ids(
            range && `${id}-range`,
            disabled && `${id}-needs`,
            mine.length > 0 && issueId(name),
          )}
          onCommit={(next) => params.move(name, next)}
          className="w-28 shrink-0 text-right"
        />
      </div>
      <FieldNotes param={name} hintId={`${id}-needs`} hint={disabled ? needs : undefined} issues={mine} />
    </div>
  );
}

type RefKey = "sref" | "cref" | "oref";

function RefField({ params, name }: { params: PromptParams; name: RefKey }) {
  const t = useTranslations("params");
  const v8 = useTranslations("paramsV8");
  const { controls, issues } = params.state;
  const mine = issuesFor(issues, name);
  const value = controls[name];
  const words = value === null ? [] : typeof value === "string" ? [value] : value;
  const id = `param-${name}`;
  return (
    // --oref's hint also says what it costs (about 2× GPU time) before anyone pays for it.
    <ParamField
      param={name}
      id={id}
      label={t(name)}
      hint={name === "oref" ? `${t("orefHint")}. ${v8("orefCost")}` : t(`${name}Hint`)}
      issues={mine}
    >
      <TextInput
        id={id}
        inputMode="url"
        shown={words.length > 0 ? words.join(" ") : (controls.invalid[name] ?? "")}
        read={readWordsDraft}
        // --oref takes one URL: the first word is written, the rest waits in the draft.
        onCommit={(next) => (name === "oref" ? params.move(name, next[0] ?? null) : params.move(name, next))}
        invalid={hasError(mine)}
        describedBy={ids(`${id}-hint`, mine.length > 0 && issueId(name))}
        placeholder="https://"
      />
    </ParamField>
  );
}

/** URL references with their weights, and --iw for image prompts (URLs at the start or uploaded images). */
export function ReferenceFields({ params, hasImages }: { params: PromptParams; hasImages: boolean }) {
  const t = useTranslations("params");
  const { controls, parsed } = params.state;
  return (
    <fieldset className="min-w-0 space-y-4 border-t border-zinc-200 pt-4 dark:border-zinc-800">
      <legend className="mb-2 text-sm font-semibold">{t("referencesHeading")}</legend>
      <RefField params={params} name="sref" />
      <WeightField params={params} name="sw" present={controls.sref.length > 0} needs={t("needsSref")} />
      <StyleVersionField params={params} />
      <RefField params={params} name="cref" />
      <WeightField params={params} name="cw" present={controls.cref.length > 0} needs={t("needsCref")} />
      <RefField params={params} name="oref" />
      <WeightField params={params} name="ow" present={controls.oref !== null} needs={t("needsOref")} />
      <WeightField
        params={params}
        name="iw"
        present={hasImages || parsed.urls.length > 0}
        needs={t("needsImage")}
      />
    </fieldset>
  );
}
