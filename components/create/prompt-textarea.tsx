"use client";

import type { KeyboardEvent, TextareaHTMLAttributes } from "react";

type TextareaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "id" | "value" | "onChange" | "onKeyDown"
>;

interface Props extends TextareaProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled prompt box (imagine, shorten); Ctrl+Enter / ⌘+Enter submits its form as the primary button does. */
export function PromptTextarea({ id, label, value, onChange, ...textarea }: Props) {
  return (
    <>
      <label htmlFor={id} className="text-sm font-medium lg:group-data-[compact=true]/composer:sr-only">
        {label}
      </label>
      <textarea
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={submitOnCtrlEnter}
        {...textarea}
      />
    </>
  );
}

function submitOnCtrlEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}
