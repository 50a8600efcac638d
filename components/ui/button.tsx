import type { ButtonHTMLAttributes } from "react";

import { cn } from "@/components/common/cn";

/**
 * The app's button looks, by job. Links and downloads that look like buttons use `buttonClass` on their own
 * element; real buttons use <Button>.
 */
const variants = {
  /** The one main action of a form (sign in, save, create). */
  primary:
    "inline-flex min-h-11 items-center justify-center rounded-lg bg-zinc-900 px-4 text-sm font-semibold text-white hover:bg-zinc-700 disabled:opacity-60 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300",
  /** Everything beside the main action. */
  secondary:
    "inline-flex min-h-11 items-center justify-center rounded-lg border border-zinc-300 px-4 text-sm font-medium hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-800",
  /** A delete on a page where it is one action among several (the task page's owner bar). */
  danger:
    "min-h-11 rounded-lg border border-zinc-300 px-3 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-50 dark:border-zinc-700 dark:text-red-400 dark:hover:bg-red-950/40",
  /** Compact buttons in a row of many (selection bar, mask tools), on a white face so they read over content. */
  toolbar:
    "min-h-11 rounded-lg border border-zinc-300 bg-white px-3 text-sm font-medium hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800",
  /** Secondary actions on the task page, with room for an icon before the label. */
  action:
    "inline-flex min-h-11 items-center justify-center gap-2 rounded-xl border border-zinc-300 bg-white px-3.5 text-sm font-medium hover:bg-zinc-50 disabled:cursor-not-allowed disabled:opacity-50 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800",
  /** The studio's violet call to action (error pages, a Midjourney dialog's submit). */
  accent:
    "inline-flex min-h-11 items-center justify-center rounded-xl bg-violet-600 px-5 font-semibold text-white hover:bg-violet-700 disabled:opacity-60",
} as const;

export type ButtonVariant = keyof typeof variants;

/** Red text on another variant's face: for deletes and revokes among neutral buttons. */
const dangerTextClass = "text-red-700 dark:text-red-400";

export function buttonClass(
  variant: ButtonVariant,
  { danger = false, className }: { danger?: boolean; className?: string } = {},
): string {
  return cn(variants[variant], danger && dangerTextClass, className);
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; danger?: boolean };

/** A button that is type="button" unless told otherwise, so it never submits a form by accident. */
export function Button({ variant = "secondary", danger, className, type = "button", ...props }: Props) {
  return <button type={type} className={buttonClass(variant, { danger, className })} {...props} />;
}
