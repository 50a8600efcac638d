"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { profileCodeQueries } from "@/lib/queries/team-memory";

import { hintClass, inputClass } from "./field-styles";
import type { PromptParams } from "./use-prompt-params";

/**
 * The team's named personalization profiles and moodboards (kept by admins): picking one adds `--p <code>` to the
 * prompt, beside codes already there. Hidden while the team has none.
 */
export function ProfileCodePicker({ params }: { params: PromptParams }) {
  const t = useTranslations("teamMemory.codes");
  const { data } = useQuery(profileCodeQueries.list());
  if (!data || data.length === 0) return null;
  const current = params.state.controls.personalize ?? [];
  const groups = (["personalization", "moodboard"] as const)
    .map((kind) => ({ kind, codes: data.filter((c) => c.kind === kind) }))
    .filter((g) => g.codes.length > 0);
  return (
    <div data-param="profile-code" className="space-y-1">
      <label htmlFor="param-profile-code" className="text-sm font-medium">
        {t("pickerLabel")}
      </label>
      <select
        id="param-profile-code"
        value=""
        aria-describedby="param-profile-code-hint"
        onChange={(event) => {
          const code = event.target.value;
          if (code && !current.includes(code)) params.move("personalize", [...current, code]);
        }}
        className={`${inputClass} w-full`}
      >
        <option value="">{t("choose")}</option>
        {groups.map((group) => (
          <optgroup key={group.kind} label={t(`kind.${group.kind}`)}>
            {group.codes.map((code) => (
              <option key={code.id} value={code.code} disabled={current.includes(code.code)}>
                {`${code.name} (${code.code})`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p id="param-profile-code-hint" className={hintClass}>
        {t("pickerHint")}
      </p>
    </div>
  );
}
