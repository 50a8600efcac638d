"use client";

interface Props {
  label: string;
  disabled: boolean;
  /** A request is running: aria-busy and the spinner. */
  busy: boolean;
  /** Images are still being read: the spinner only. */
  preparing?: boolean;
  /** Why the button is disabled, when the form says it somewhere. */
  describedBy?: string | undefined;
}

/** The primary submit of a create form; its name stays the same while busy, the live region says what happens. */
export function SubmitButton({ label, disabled, busy, preparing = false, describedBy }: Props) {
  return (
    <button
      type="submit"
      disabled={disabled}
      aria-busy={busy || undefined}
      aria-describedby={describedBy}
      className="flex min-h-12 w-full items-center justify-center gap-2 rounded-xl bg-violet-600 px-5 text-base font-semibold text-white shadow-sm transition-colors hover:bg-violet-700 disabled:cursor-not-allowed disabled:bg-zinc-300 disabled:text-zinc-500 lg:group-data-[compact=true]/composer:w-auto dark:disabled:bg-zinc-800 dark:disabled:text-zinc-500"
    >
      {/* Decorative: the live region says what is happening. */}
      {busy || preparing ? (
        <span
          aria-hidden
          className="size-4 animate-spin rounded-full border-2 border-current border-r-transparent"
        />
      ) : null}
      {label}
    </button>
  );
}
