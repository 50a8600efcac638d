"use client";

import { cn } from "./cn";

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
  className?: string;
}

/** A radio group that looks like a segmented control: native radios keep arrow-key navigation and names. */
export function Segmented<T extends string>({ name, legend, options, value, onChange, className }: Props<T>) {
  return (
    <fieldset className={cn("min-w-0", className)}>
      <legend className="sr-only">{legend}</legend>
      <div className="flex rounded-xl bg-zinc-200/70 p-1 dark:bg-zinc-800">
        {options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-10 flex-1 cursor-pointer items-center justify-center rounded-lg px-3 text-sm font-medium whitespace-nowrap text-zinc-600 select-none has-checked:bg-white has-checked:text-zinc-900 has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-violet-600 dark:text-zinc-400 dark:has-checked:bg-zinc-950 dark:has-checked:text-zinc-50"
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
