"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { cn } from "@/components/common/cn";
import { Spinner } from "@/components/ui/spinner";
import type { SettingSource } from "@/lib/schemas/admin-settings";

export const inputClass =
  "block min-h-11 w-full rounded-xl border border-zinc-300 bg-white px-3 py-2 text-base focus:border-violet-500 focus:ring-2 focus:ring-violet-500/30 focus:outline-none disabled:cursor-not-allowed disabled:opacity-60 aria-[invalid=true]:border-red-500 dark:border-zinc-700 dark:bg-zinc-950 dark:aria-[invalid=true]:border-red-400";

/** Whether a field's effective value was saved by an admin or falls back to the server's env. */
export function SourceBadge({ source }: { source: SettingSource }) {
  const t = useTranslations("adminSettings");
  return (
    <span
      className={cn(
        "rounded-full px-2 py-0.5 text-xs font-medium",
        source === "saved"
          ? "bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-200"
          : "bg-zinc-200 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
      )}
    >
      {t(source === "saved" ? "sourceSaved" : "sourceEnv")}
    </span>
  );
}

interface FieldProps {
  id: string;
  label: string;
  source?: SettingSource;
  hint?: ReactNode;
  error?: string | null;
  children: ReactNode;
}

/**
 * Label, source badge, control, then hint or error. Controls reference `${id}-hint` / `${id}-error` through
 * aria-describedby (see describedBy) so screen readers read the explanation with the field.
 */
export function Field({ id, label, source, hint, error, children }: FieldProps) {
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        {source ? <SourceBadge source={source} /> : null}
      </div>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-sm text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function describedBy(id: string, error: unknown, hint: unknown): string | undefined {
  if (error) return `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}

interface ButtonProps {
  label: string;
  busy: boolean;
  disabled: boolean;
  onClick?: () => void;
  primary?: boolean;
}

/** Save is the form's submit; Test is a plain button. Both keep their names while busy (aria-busy says why). */
export function ActionButton({ label, busy, disabled, onClick, primary }: ButtonProps) {
  return (
    <button
      type={primary ? "submit" : "button"}
      onClick={onClick}
      disabled={disabled}
      aria-busy={busy || undefined}
      className={cn(
        "flex min-h-11 items-center justify-center gap-2 rounded-xl px-5 text-base font-semibold transition-colors disabled:cursor-not-allowed",
        primary
          ? "bg-violet-600 text-white shadow-sm hover:bg-violet-700 disabled:bg-zinc-300 disabled:text-zinc-500 dark:disabled:bg-zinc-800 dark:disabled:text-zinc-500"
          : "border border-zinc-300 bg-white text-zinc-900 hover:bg-zinc-50 disabled:text-zinc-400 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800 dark:disabled:text-zinc-600",
      )}
    >
      {busy ? <Spinner /> : null}
      {label}
    </button>
  );
}
