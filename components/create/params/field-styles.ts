// Shared looks of the params builder's fields. Heights are 44 px (min-h-11) for touch; the 16 px input font
// comes from globals.css (iOS zooms into smaller inputs), so no text-size utility is set on inputs here.
// No width either: callers set one (w-full, w-24), since two width utilities in one class list conflict.
export const inputClass =
  "block min-h-11 min-w-0 rounded-lg border border-zinc-300 bg-white px-3 py-2 tabular-nums placeholder:text-zinc-400 aria-invalid:border-red-500 disabled:cursor-not-allowed disabled:border-zinc-200 disabled:bg-zinc-100 disabled:text-zinc-400 dark:border-zinc-700 dark:bg-zinc-950 dark:disabled:border-zinc-800 dark:disabled:bg-zinc-800/60 dark:disabled:text-zinc-500";

export const labelClass = "text-sm font-medium";

export const hintClass = "text-xs text-zinc-500 dark:text-zinc-400";

/** ids for aria-describedby, skipping the absent ones. */
export function ids(...parts: (string | false | null | undefined)[]): string | undefined {
  const joined = parts.filter(Boolean).join(" ");
  return joined === "" ? undefined : joined;
}
