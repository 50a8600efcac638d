"use client";

import { type KeyboardEvent, useState } from "react";

import { cn } from "@/components/common/cn";

import { inputClass } from "./field-styles";

export interface TextInputProps<T> {
  id: string;
  /** What the prompt says, as the field shows it when not being edited. */
  shown: string;
  /** undefined = not readable yet: keep the draft without writing to the prompt. */
  read: (draft: string) => T | undefined;
  onCommit: (value: T) => void;
  invalid?: boolean | undefined;
  disabled?: boolean | undefined;
  describedBy?: string | undefined;
  labelledBy?: string | undefined;
  placeholder?: string;
  inputMode?: "text" | "url" | "numeric" | "decimal";
  /** Width and alignment; full width when absent. */
  className?: string | undefined;
}

/**
 * A text field bound to the prompt through a draft: "text, " must not lose its trailing comma just because
 * the prompt reads back as "text"; on blur the field shows the prompt's value again.
 */
export function TextInput<T>({
  id,
  shown,
  read,
  onCommit,
  invalid,
  disabled,
  describedBy,
  labelledBy,
  placeholder,
  inputMode,
  className,
}: TextInputProps<T>) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      id={id}
      type="text"
      inputMode={inputMode}
      autoComplete="off"
      autoCapitalize="off"
      spellCheck={false}
      placeholder={placeholder}
      value={draft ?? shown}
      disabled={disabled}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      aria-labelledby={labelledBy}
      onChange={(event) => {
        setDraft(event.target.value);
        const next = read(event.target.value);
        if (next !== undefined) onCommit(next);
      }}
      onBlur={() => setDraft(null)}
      onKeyDown={stopImplicitSubmit}
      className={cn(inputClass, className ?? "w-full")}
    />
  );
}

/** Enter in a field of the form would submit it (a paid Imagine); in the params builder it only commits. */
function stopImplicitSubmit(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key === "Enter") event.preventDefault();
}
