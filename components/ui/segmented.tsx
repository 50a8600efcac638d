"use client";

import { cn } from "@/components/common/cn";

export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  name: string;
  legend: string;
  options: readonly SegmentedOption<T>[];
  value: T;
  onChange: (value: T) => void;
  /**
   * "bar" (default): a toolbar-like switch whose legend is read but not shown; 40 px targets suit its few
   * wide segments. "field": a form field with its legend shown above and 44 px targets for many small
   * choices (the params builder).
   */
  variant?: "bar" | "field";
  describedBy?: string | undefined;
  invalid?: boolean;
  className?: string;
}

/** A radio group that looks like a segmented control: native radios keep arrow-key navigation and names. */
export function Segmented<T extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  variant = "bar",
  describedBy,
  invalid = false,
  className,
}: Props<T>) {
  const field = variant === "field";
  return (
    <fieldset aria-describedby={describedBy} className={cn("min-w-0", className)}>
      <legend className={field ? "mb-1.5 text-sm font-medium" : "sr-only"}>{legend}</legend>
      <div
        className={cn(
          "flex rounded-xl bg-zinc-200/70 p-1 dark:bg-zinc-800",
          invalid && "ring-2 ring-red-500",
        )}
      >
        {options.map((option) => (
          <label
            key={option.value}
            className={cn(
              "flex flex-1 cursor-pointer items-center justify-center rounded-lg text-sm font-medium whitespace-nowrap text-zinc-600 select-none has-checked:bg-white has-checked:text-zinc-900 has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-violet-600 dark:text-zinc-400 dark:has-checked:bg-zinc-950 dark:has-checked:text-zinc-50",
              field ? "min-h-11 px-2 tabular-nums" : "min-h-10 px-3",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
              className="sr-only"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
