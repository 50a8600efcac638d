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

/** A translator for a namespace that has these keys (what useTranslations("…") returns). */
type ListWords = (key: "loading" | "loadFailed", values?: { message: string }) => string;

interface Props {
  /** The list's own messages: `loading`, and `loadFailed` with `{message}`. */
  words: ListWords;
  query: { isPending: boolean; error: unknown; refetch: () => Promise<unknown> };
  /** Results already on screen stay there when a later refetch fails, instead of giving way to the error. */
  keepsData?: boolean;
  /** The retry button's label: the page's main list fails as a panel with it; lists in a card as a line of text. */
  retry?: string;
  /** Grids show a skeleton while loading; other lists say `loading`. */
  skeleton?: ReactNode;
  /** What to show when the loaded list is empty, or null when it is not. */
  empty: ReactNode;
  children: ReactNode;
}

/** The states every list goes through, in one order: loading, failed, empty, the list itself. */
export function ListStates({ words: t, query, keepsData = false, retry, skeleton, empty, children }: Props) {
  const errorText = useErrorText();
  if (query.isPending) return skeleton ?? <ListLoading>{t("loading")}</ListLoading>;
  if (query.error && !keepsData) {
    const onRetry = () => void query.refetch();
    return (
      <ListError retry={retry === undefined ? undefined : { label: retry, onRetry }}>
        {t("loadFailed", { message: errorText(query.error) })}
      </ListError>
    );
  }
  return empty ?? children;
}
