"use client";

import { useTranslations } from "next-intl";

import { DEFAULT_VERSION, LATEST_NIJI, NIJI_VERSIONS, VERSIONS } from "@/lib/params";

import { ParamField, hasError, issueId, issuesFor } from "./field-issues";
import { ids, inputClass } from "./field-styles";
import { versionChoiceOf } from "./model-state";
import type { PromptParams } from "./use-prompt-params";

// Newest first: that is what people pick.
const MJ = [...VERSIONS].reverse();
const NIJI = [...NIJI_VERSIONS].reverse();

/**
 * One select for both families, since Midjourney takes one model per prompt: a niji entry writes `--niji N`
 * and removes `--v` (and the reverse); the bot switch follows (see usePromptParams).
 */
export function VersionField({ params }: { params: PromptParams }) {
  const t = useTranslations("params");
  const { controls, issues } = params.state;
  const choice = versionChoiceOf(controls);
  const mine = issuesFor(issues, "version", "niji");
  const known = [...MJ.map((v) => `v:${v}`), ...NIJI.map((v) => `niji:${v}`), "niji:", ""];
  // A version the tables do not know yet (`--v 8`) stays selectable instead of showing as Default.
  const typed = known.includes(choice) ? null : choice;
  const defaultModel =
    params.bot === "NIJI_JOURNEY"
      ? t("versionNiji", { version: LATEST_NIJI })
      : t("versionV", { version: DEFAULT_VERSION });
  const describedBy = ids("param-version-hint", mine.length > 0 && issueId("version"));
  return (
    <ParamField
      param="version"
      id="param-version"
      label={t("version")}
      hint={t("versionBotHint")}
      issues={mine}
    >
      <select
        id="param-version"
        value={choice}
        onChange={(event) => params.chooseVersion(event.target.value)}
        aria-invalid={hasError(mine) || undefined}
        aria-describedby={describedBy}
        className={`${inputClass} w-full`}
      >
        <option value="">{t("versionDefault", { model: defaultModel })}</option>
        {typed ? (
          <option value={typed}>{t("versionTyped", { value: typed.replace(/^(v|niji):/, "--$1 ") })}</option>
        ) : null}
        <optgroup label={t("groupMidjourney")}>
          {MJ.map((v) => (
            <option key={v} value={`v:${v}`}>
              {t("versionV", { version: v })}
            </option>
          ))}
        </optgroup>
        <optgroup label={t("groupNiji")}>
          {NIJI.map((v) => (
            <option key={v} value={`niji:${v}`}>
              {t("versionNiji", { version: v })}
            </option>
          ))}
          <option value="niji:">{t("versionNijiLatest")}</option>
        </optgroup>
      </select>
    </ParamField>
  );
}
