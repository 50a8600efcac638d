import type { ReactNode } from "react";

import { cn } from "@/components/common/cn";

const looks = {
  /** A failure told in a line of red text. */
  error: "text-sm text-red-700 dark:text-red-400",
  /** A form's failure, in a tinted box under its fields. */
  "error-box": "rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950/50 dark:text-red-300",
  /** A whole list or page that could not load. */
  "error-panel":
    "rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200",
  /** Something that went well (saved, added, copied). */
  success: "text-sm font-medium text-emerald-700 dark:text-emerald-400",
  /** A neutral outcome (how many of a bulk action were done). */
  note: "text-sm text-zinc-700 dark:text-zinc-300",
  /** A standing caution the reader should know about before acting. */
  warning:
    "rounded-xl border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200",
} as const;

export type AlertLook = keyof typeof looks;

interface Props {
  look?: AlertLook;
  /** Nothing to say renders nothing, so callers can pass `error && text` without their own condition. */
  children: ReactNode;
  className?: string;
  id?: string;
}

/**
 * A message the page announces: failures as role="alert" (read at once), the rest as role="status" (read when
 * the reader is free). Warnings are standing text, not news, so they have no role.
 */
export function Alert({ look = "error", children, className, id }: Props) {
  if (children === null || children === undefined || children === false || children === "") return null;
  const role = look.startsWith("error") ? "alert" : look === "warning" ? undefined : "status";
  const Tag = look === "error-panel" ? "div" : "p";
  return (
    <Tag id={id} role={role} className={cn(looks[look], className)}>
      {children}
    </Tag>
  );
}
