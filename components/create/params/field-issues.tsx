"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { cn } from "@/components/common/cn";
import type { ControlKey, ParamIssue } from "@/lib/params";

import { hintClass, labelClass } from "./field-styles";
import { issueWords } from "./issue-words";

/** One translated issue; the sr-only prefix says "Error"/"Warning" where sighted users see the colour. */
export function IssueText({ issue }: { issue: ParamIssue }) {
  const t = useTranslations("params");
  const tV8 = useTranslations("paramsV8");
  const words = issueWords(issue);
  const sentence =
    words.namespace === "paramsV8.issues"
      ? tV8(`issues.${words.key as "undocumentedVersion"}`, words.values)
      : t(`issues.${words.key as Exclude<typeof words.key, "undocumentedVersion">}`, words.values);
  const error = issue.severity === "error";
  return (
    <span
      data-param={issue.param}
      data-code={issue.code}
      data-severity={issue.severity}
      className={cn(
        "flex items-start gap-1.5",
        error ? "text-red-700 dark:text-red-400" : "text-amber-800 dark:text-amber-300",
      )}
    >
      <svg aria-hidden viewBox="0 0 16 16" className="mt-0.5 size-3.5 shrink-0" fill="currentColor">
        {error ? (
          <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-.75 3.5h1.5v5h-1.5v-5Zm0 6.25h1.5v1.5h-1.5v-1.5Z" />
        ) : (
          <path d="M8 1.5 15 14H1L8 1.5Zm-.75 4.5v4h1.5V6h-1.5Zm0 5v1.5h1.5V11h-1.5Z" />
        )}
      </svg>
      <span>
        <span className="sr-only">{error ? t("errorPrefix") : t("warningPrefix")}: </span>
        {sentence}
      </span>
    </span>
  );
}

/** The inline messages of one control; `id` is what the control's aria-describedby points at. */
export function FieldIssues({ id, issues }: { id: string; issues: readonly ParamIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul id={id} data-testid="field-issues" className="space-y-1 text-sm">
      {issues.map((issue, i) => (
        <li key={`${issue.code}-${i}`}>
          <IssueText issue={issue} />
        </li>
      ))}
    </ul>
  );
}

/** Under the prompt: every issue, including those of params without a control (--stop, --p, --draft…). */
export function IssueSummary({ id, issues }: { id: string; issues: readonly ParamIssue[] }) {
  const t = useTranslations("params");
  if (issues.length === 0) return null;
  return (
    <ul id={id} aria-label={t("summary")} data-testid="param-issues" className="space-y-1 text-sm">
      {issues.map((issue, i) => (
        <li key={`${issue.param}-${issue.code}-${i}`}>
          <IssueText issue={issue} />
        </li>
      ))}
    </ul>
  );
}

export const issueId = (key: string) => `param-issues-${key}`;

export function issuesFor(issues: readonly ParamIssue[], ...keys: ParamIssue["param"][]): ParamIssue[] {
  return issues.filter((issue) => keys.includes(issue.param));
}

export const hasError = (issues: readonly ParamIssue[]) => issues.some((i) => i.severity === "error");

interface ParamFieldProps {
  /** The param (data-param, and the id of its issue list). */
  param: ControlKey;
  /** The control's id: the label points at it and the hint's id is `${id}-hint`. */
  id: string;
  label: string;
  hint?: string;
  issues: readonly ParamIssue[];
  children: ReactNode;
}

/** The usual field of the builder: label, the control, an optional hint, then the param's own issues. */
export function ParamField({ param, id, label, hint, issues, children }: ParamFieldProps) {
  return (
    <div data-param={param} className="space-y-1.5">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children}
      <FieldNotes param={param} hintId={`${id}-hint`} hint={hint} issues={issues} />
    </div>
  );
}

interface FieldNotesProps {
  param: ControlKey;
  hintId: string;
  /** Absent: no hint line (the control's aria-describedby must then leave `hintId` out). */
  hint?: string | undefined;
  issues: readonly ParamIssue[];
}

/** What stands under a control: its hint, then the param's issues. */
export function FieldNotes({ param, hintId, hint, issues }: FieldNotesProps) {
  return (
    <>
      {hint ? (
        <p id={hintId} className={hintClass}>
          {hint}
        </p>
      ) : null}
      <FieldIssues id={issueId(param)} issues={issues} />
    </>
  );
}
