"use client";

import { type KeyboardEvent, useState } from "react";

import { cn } from "@/components/common/cn";

import { readNumberDraft } from "./edits";
import { inputClass } from "./field-styles";

interface Props {
  id: string;
  value: number | null;
  /** Typed text that could not be read (`--s abc`): shown so the user sees what the prompt says. */
  invalidText?: string | undefined;
  onCommit: (value: number | null) => void;
  integer?: boolean;
  invalid?: boolean;
  disabled?: boolean;
  describedBy?: string | undefined;
  labelledBy?: string;
  className?: string;
}

/**
 * A text box for a number (not type=number: it reports "" for half-typed input like "1." and React cannot
 * tell that from empty). While focused it keeps the user's own text and writes each readable number to the
 * prompt; on blur it shows what the prompt says again.
 */
export function NumberInput({
  id,
  value,
  invalidText,
  onCommit,
  integer = true,
  invalid,
  disabled,
  describedBy,
  labelledBy,
  className,
}: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (value !== null ? String(value) : (invalidText ?? ""));
  return (
    <input
      id={id}
      type="text"
      inputMode={integer ? "numeric" : "decimal"}
      autoComplete="off"
      value={shown}
      disabled={disabled}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      aria-labelledby={labelledBy}
      onChange={(event) => {
        setDraft(event.target.value);
        const next = readNumberDraft(event.target.value);
        if (next !== undefined) onCommit(next);
      }}
      onBlur={() => setDraft(null)}
      onKeyDown={stopImplicitSubmit}
      className={cn(inputClass, className ?? "w-full")}
    />
  );
}

/** Enter in a field of the form would submit it (a paid Imagine); in the params builder it only commits. */
export function stopImplicitSubmit(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key === "Enter") event.preventDefault();
}
