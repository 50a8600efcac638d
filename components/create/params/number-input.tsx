"use client";

import { readNumberDraft } from "./edits";
import { TextInput, type TextInputProps } from "./text-input";

interface Props extends Omit<TextInputProps<number | null>, "shown" | "read" | "inputMode" | "placeholder"> {
  value: number | null;
  /** Typed text that could not be read (`--s abc`): shown so the user sees what the prompt says. */
  invalidText?: string | undefined;
  integer?: boolean;
}

/**
 * A text box for a number (not type=number: it reports "" for half-typed input like "1." and React cannot
 * tell that from empty). While focused it keeps the user's own text and writes each readable number to the
 * prompt; on blur it shows what the prompt says again.
 */
export function NumberInput({ value, invalidText, integer = true, ...field }: Props) {
  return (
    <TextInput
      {...field}
      shown={value !== null ? String(value) : (invalidText ?? "")}
      read={readNumberDraft}
      inputMode={integer ? "numeric" : "decimal"}
    />
  );
}
