"use client";

import { useTranslations } from "next-intl";

import { STYLE_VERSIONS } from "@/lib/params";

import { ParamField, hasError, issueId, issuesFor } from "./field-issues";
import { ids, inputClass } from "./field-styles";
import type { PromptParams } from "./use-prompt-params";

// Newest first, like the version picker.
const KNOWN = [...STYLE_VERSIONS].reverse();

/**
 * --sv: which style-reference model --sref is read with. A select of the values we know, plus whatever was
 * typed: an unknown value is only a warning (Midjourney adds sref models without notice), so it stays shown.
 */
export function StyleVersionField({ params }: { params: PromptParams }) {
  const t = useTranslations("paramsV8");
  const { controls, issues } = params.state;
  const mine = issuesFor(issues, "sv");
  const value = controls.sv;
  const typed = value !== null && !(KNOWN as readonly number[]).includes(value) ? value : null;
  return (
    <ParamField param="sv" id="param-sv" label={t("sv")} hint={t("svHint")} issues={mine}>
      <select
        id="param-sv"
        value={value === null ? "" : String(value)}
        onChange={(event) => params.move("sv", event.target.value === "" ? null : Number(event.target.value))}
        aria-invalid={hasError(mine) || undefined}
        aria-describedby={ids("param-sv-hint", mine.length > 0 && issueId("sv"))}
        className={`${inputClass} w-full`}
      >
        <option value="">{t("svDefault")}</option>
        {typed !== null ? <option value={String(typed)}>{t("svTyped", { value: typed })}</option> : null}
        {KNOWN.map((sv) => (
          <option key={sv} value={String(sv)}>
            {t("svValue", { value: sv })}
          </option>
        ))}
      </select>
    </ParamField>
  );
}
