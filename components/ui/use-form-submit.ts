"use client";

import { type FormEvent, useState } from "react";

import { useErrorText } from "@/components/common/use-error-text";

/** What a send ended with: words for the form to show, or that the page is leaving (stay busy until it does). */
export interface FormOutcome {
  error?: string | null;
  notice?: string | null;
  leaving?: boolean;
}

interface Options {
  /** Checks the fields before anything is sent; returns the problem in words, or null. Costs no request. */
  check?: (form: FormData) => string | null;
  /** Sends the form. A thrown error (an ApiError from a mutation) is shown in the UI language. */
  send: (form: FormData, element: HTMLFormElement) => Promise<FormOutcome | void>;
}

export interface FormSubmitState {
  pending: boolean;
  error: string | null;
  notice: string | null;
}

/**
 * The life of a plain form: check, send, then a failure or a notice under the fields. Every new submit clears
 * the last outcome, and a second submit while one is in flight is ignored.
 */
export function useFormSubmit({ check, send }: Options) {
  const errorText = useErrorText();
  const [state, setState] = useState<FormSubmitState>({ pending: false, error: null, notice: null });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (state.pending) return;
    const element = event.currentTarget;
    const form = new FormData(element);
    const problem = check?.(form) ?? null;
    setState({ pending: !problem, error: problem, notice: null });
    if (problem) return;
    void send(form, element).then(
      (outcome) => {
        if (outcome?.leaving) return;
        setState({ pending: false, error: outcome?.error ?? null, notice: outcome?.notice ?? null });
      },
      (error: unknown) => setState({ pending: false, error: errorText(error), notice: null }),
    );
  }

  return { ...state, onSubmit };
}
