import type { ReactNode } from "react";

import { cn } from "@/components/common/cn";

import { Alert } from "./alert";

const placements = {
  /** Under the site header (the trash, where the bar is the page's point). */
  top: "sticky top-16 z-20 rounded-xl border border-zinc-200 bg-white/95 p-3 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/95",
  /** At the bottom edge, within thumb reach on phones (the gallery's selection), above the studio's bottom bar. */
  bottom:
    "sticky bottom-[calc(3.75rem+env(safe-area-inset-bottom))] z-20 -mx-3 border-t border-zinc-200 bg-white/95 px-3 pt-3 pb-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border lg:bottom-0 lg:pb-[max(0.75rem,env(safe-area-inset-bottom))] dark:border-zinc-800 dark:bg-zinc-950/95",
} as const;

interface Props {
  /** The region's name (screen readers list it among the page's landmarks). */
  label: string;
  placement: keyof typeof placements;
  /** "3 selected": leads the row and is announced as it changes. */
  count: string;
  /** The buttons, after the count. */
  children: ReactNode;
  /** Rows below the buttons (a collection picker). */
  more?: ReactNode;
  /** The outcome of the last action. */
  message: string | null;
  testId?: string;
}

/** A sticky bar of actions on a selection of tasks, with the outcome of the last one underneath. */
export function ActionBar({ label, placement, count, children, more, message, testId }: Props) {
  return (
    <div
      role="region"
      aria-label={label}
      data-testid={testId}
      className={cn("space-y-2", placements[placement])}
    >
      <div className="flex flex-wrap items-center gap-2">
        <p className="mr-auto text-sm font-semibold" aria-live="polite">
          {count}
        </p>
        {children}
      </div>
      {more}
      <Alert look="note">{message}</Alert>
    </div>
  );
}
