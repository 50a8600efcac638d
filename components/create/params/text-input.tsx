"use client";

import { useState } from "react";

import { stopImplicitSubmit } from "./number-input";
import { inputClass } from "./field-styles";

interface Props<T> {
  id: string;
  /** What the prompt says, as the field shows it when not being edited. */
  shown: string;
  /** undefined = not readable yet: keep the draft without writing to the prompt. */
  read: (draft: string) => T | undefined;
  onCommit: (value: T) => void;
  invalid?: boolean;
  describedBy?: string | undefined;
  placeholder?: string;
  inputMode?: "text" | "url";
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
  describedBy,
  placeholder,
  inputMode,
}: Props<T>) {
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
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(event) => {
        setDraft(event.target.value);
        const next = read(event.target.value);
        if (next !== undefined) onCommit(next);
      }}
      onBlur={() => setDraft(null)}
      onKeyDown={stopImplicitSubmit}
      className={`${inputClass} w-full`}
    />
  );
}
