"use client";

import type { ReactNode } from "react";

import { useErrorText } from "@/components/common/use-error-text";

import { Alert } from "./alert";

const mutedClass = "text-sm text-zinc-600 dark:text-zinc-400";

/** "Loading…" for small lists; grids show a skeleton instead. */
export function ListLoading({ children }: { children: ReactNode }) {
  return <p className={mutedClass}>{children}</p>;
}

/**
 * Nothing to show. "box" (a dashed frame where the grid or table would be) for a page's main list; "text" for a
 * list inside a card.
 */
export function ListEmpty({ children, look = "box" }: { children: ReactNode; look?: "box" | "text" }) {
  return (
    <p
      className={
        look === "box"
          ? "rounded-xl border border-dashed border-zinc-300 p-8 text-center text-sm text-zinc-500 dark:border-zinc-700 dark:text-zinc-400"
          : mutedClass
      }
    >
      {children}
    </p>
  );
}

/** A list that could not load: a line of red text, or a panel with a retry button when the list is the page. */
export function ListError({ children, retry }: { children: ReactNode; retry?: RetryAction }) {
  if (!retry) return <Alert>{children}</Alert>;
  return (
    <Alert look="error-panel">
      <p>{children}</p>
      <button type="button" onClick={retry.onRetry} className="mt-2 min-h-11 font-semibold underline">
        {retry.label}
      </button>
    </Alert>
  );
}

interface RetryAction {
  label: string;
  onRetry: () => void;
}

interface Props {
  pending: boolean;
  /** The error to show instead of the list, or null (lists that still hold data keep it and pass null). */
  error: unknown;
  /** The sentence for a failure, given the error in words. */
  failedText: (message: string) => string;
  retry?: RetryAction;
  loading: ReactNode;
  /** What to show when the loaded list is empty, or null when it is not. */
  empty: ReactNode;
  children: ReactNode;
}

/** The states every list goes through, in one order: loading, failed, empty, the list itself. */
export function ListStates({ pending, error, failedText, retry, loading, empty, children }: Props) {
  const errorText = useErrorText();
  if (pending) return loading;
  if (error) return <ListError retry={retry}>{failedText(errorText(error))}</ListError>;
  return empty ?? children;
}
