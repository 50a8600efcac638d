import { type InputHTMLAttributes, useId } from "react";

export const inputClass =
  "min-h-11 w-full rounded-lg border border-zinc-300 bg-white px-3 text-base outline-none focus:border-zinc-500 focus:ring-2 focus:ring-zinc-300 dark:border-zinc-700 dark:bg-zinc-950 dark:focus:ring-zinc-700";

/**
 * A labelled input with optional help text. The label is a real <label> (clickable, findable by name); the
 * help is tied by aria-describedby so it is read out without becoming part of the field's name.
 */
export function FormField({
  label,
  hint,
  ...input
}: { label: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const hintId = useId();
  return (
    <div>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">{label}</span>
        <input className={inputClass} aria-describedby={hint ? hintId : undefined} {...input} />
      </label>
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
