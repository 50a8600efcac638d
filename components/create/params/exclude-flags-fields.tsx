"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import type { ParamIssue } from "@/lib/params";

import { readListDraft } from "./edits";
import { FieldIssues, ParamField, hasError, issueId, issuesFor } from "./field-issues";
import { hintClass, ids } from "./field-styles";
import { TextInput } from "./text-input";
import type { PromptParams } from "./use-prompt-params";

export function ExcludeField({ params }: { params: PromptParams }) {
  const t = useTranslations("params");
  const { controls, issues } = params.state;
  const mine = issuesFor(issues, "no");
  return (
    <ParamField param="no" id="param-no" label={t("no")} hint={t("noHint")} issues={mine}>
      <TextInput
        id="param-no"
        shown={controls.no.length > 0 ? controls.no.join(", ") : (controls.invalid.no ?? "")}
        read={readListDraft}
        onCommit={(items) => params.move("no", items)}
        invalid={hasError(mine)}
        describedBy={ids("param-no-hint", mine.length > 0 && issueId("no"))}
      />
    </ParamField>
  );
}

interface CheckProps {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  issues: readonly ParamIssue[];
  param: string;
}

function Check({ id, label, hint, checked, onChange, issues, param }: CheckProps): ReactNode {
  return (
    <div data-param={param} className="space-y-1">
      {/* The whole row is the label, so the touch target is the row, not the 20 px box. */}
      <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-3">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={ids(`${id}-hint`, issues.length > 0 && issueId(param))}
          aria-invalid={hasError(issues) || undefined}
          className="size-5 shrink-0 cursor-pointer accent-violet-600 dark:accent-violet-400"
        />
        <span className="min-w-0">
          <span className="block text-sm font-medium">{label}</span>
          {/* Hidden from the name ("Tile", not "Tile Seamless…") but still read as the description. */}
          <span id={`${id}-hint`} aria-hidden className={`block ${hintClass}`}>
            {hint}
          </span>
        </span>
      </label>
      <FieldIssues id={issueId(param)} issues={issues} />
    </div>
  );
}

/**
 * --tile, --style raw and --draft. Raw is `style === "raw"`: checking it replaces another style, as Midjourney
 * takes one. --draft's hint states its trade (half the GPU cost, lower quality) before anyone pays for it.
 */
export function FlagFields({ params }: { params: PromptParams }) {
  const t = useTranslations("params");
  const v8 = useTranslations("paramsV8");
  const { controls, issues } = params.state;
  return (
    <div className="grid gap-1 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
      <Check
        id="param-tile"
        param="tile"
        label={t("tile")}
        hint={t("tileHint")}
        checked={controls.tile}
        onChange={(on) => params.move("tile", on)}
        issues={issuesFor(issues, "tile")}
      />
      <Check
        id="param-raw"
        param="style"
        label={t("raw")}
        hint={t("rawHint")}
        checked={controls.style === "raw"}
        onChange={(on) => params.move("style", on ? "raw" : null)}
        issues={issuesFor(issues, "style")}
      />
      <Check
        id="param-draft"
        param="draft"
        label={v8("draft")}
        hint={v8("draftHint")}
        checked={controls.draft}
        onChange={(on) => params.move("draft", on)}
        issues={issuesFor(issues, "draft")}
      />
    </div>
  );
}
