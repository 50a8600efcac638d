"use client";

import { cn } from "@/components/common/cn";

interface Props {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  describedBy?: string | undefined;
  invalid?: boolean;
}

/**
 * A segmented radio group with 44 px targets (the shared Segmented is 40 px, fine for a mouse but not for
 * the many small choices here). Native radios keep arrow keys and the group's name from the legend.
 */
export function ChoiceGroup({ name, legend, options, value, onChange, describedBy, invalid }: Props) {
  return (
    <fieldset aria-describedby={describedBy} className="min-w-0">
      <legend className="mb-1.5 text-sm font-medium">{legend}</legend>
      <div
        className={cn(
          "flex rounded-xl bg-zinc-200/70 p-1 dark:bg-zinc-800",
          invalid && "ring-2 ring-red-500",
        )}
      >
        {options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-11 flex-1 cursor-pointer items-center justify-center rounded-lg px-2 text-sm font-medium whitespace-nowrap text-zinc-600 tabular-nums select-none has-checked:bg-white has-checked:text-zinc-900 has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-violet-600 dark:text-zinc-400 dark:has-checked:bg-zinc-950 dark:has-checked:text-zinc-50"
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
