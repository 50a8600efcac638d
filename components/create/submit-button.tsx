"use client";

/** The primary submit of a create form; its name stays the same while busy, the live region says what happens. */
export function SubmitButton({ label, disabled, busy }: { label: string; disabled: boolean; busy: boolean }) {
  return (
    <button
      type="submit"
      disabled={disabled}
      aria-busy={busy || undefined}
      className="flex min-h-12 w-full items-center justify-center gap-2 rounded-xl bg-violet-600 px-5 text-base font-semibold text-white shadow-sm transition-colors hover:bg-violet-700 disabled:cursor-not-allowed disabled:bg-zinc-300 disabled:text-zinc-500 dark:disabled:bg-zinc-800 dark:disabled:text-zinc-500"
    >
      {busy ? (
        <span
          aria-hidden
          className="size-4 animate-spin rounded-full border-2 border-current border-r-transparent"
        />
      ) : null}
      {label}
    </button>
  );
}
