"use client";

import { useTranslations } from "next-intl";

import { newestAccepted, versionOptions } from "@/lib/params";
import type { ModelCap } from "@/lib/params";

import { ParamField, hasError, issueId, issuesFor } from "./field-issues";
import { ids, inputClass } from "./field-styles";
import { versionChoiceOf } from "./model-state";
import type { PromptParams } from "./use-prompt-params";

/**
 * One select for both families, since Midjourney takes one model per prompt: a niji entry writes `--niji N`
 * and removes `--v` (and the reverse); the bot switch follows (see usePromptParams).
 */
export function VersionField({ params, cap }: { params: PromptParams; cap?: ModelCap }) {
  const t = useTranslations("params");
  const v8 = useTranslations("paramsV8");
  // Newest first: that is what people pick. Versions past the upstream's cap stay visible, disabled, with why.
  const options = versionOptions(cap);
  const MJ = options.filter((o) => o.family === "v");
  const NIJI = options.filter((o) => o.family === "niji");
  const newest = newestAccepted(cap);
  const { controls, issues } = params.state;
  const choice = versionChoiceOf(controls);
  const mine = issuesFor(issues, "version", "niji");
  const known = [...options.map((o) => `${o.family}:${o.version}`), "niji:", ""];
  // A version the tables do not know yet (`--v 9`) stays selectable instead of showing as Default.
  const typed = known.includes(choice) ? null : choice;
  const defaultModel =
    params.bot === "NIJI_JOURNEY"
      ? t("versionNiji", { version: newest.niji })
      : t("versionV", { version: newest.version });
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
          {MJ.map(({ version, accepted }) => (
            <option key={version} value={`v:${version}`} disabled={!accepted}>
              {accepted
                ? t("versionV", { version })
                : v8("versionNotAccepted", { model: t("versionV", { version }) })}
            </option>
          ))}
        </optgroup>
        <optgroup label={t("groupNiji")}>
          {NIJI.map(({ version, accepted }) => (
            <option key={version} value={`niji:${version}`} disabled={!accepted}>
              {accepted
                ? t("versionNiji", { version })
                : v8("versionNotAccepted", { model: t("versionNiji", { version }) })}
            </option>
          ))}
          <option value="niji:">{t("versionNijiLatest")}</option>
        </optgroup>
      </select>
    </ParamField>
  );
}
