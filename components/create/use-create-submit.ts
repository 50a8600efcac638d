"use client";

import type { UseMutationResult } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { flushSync } from "react-dom";

import { announceCreated } from "@/components/layout/studio-events";
import { createIntentKey } from "@/lib/idempotency";
import type { TaskDto } from "@/lib/schemas/task";

/**
 * Money rule for every create form: one idempotency key per intent, and a lock taken synchronously, so a double
 * tap sends one request. Any edit of the input starts a new intent; a retry after an error keeps the key, so
 * the server answers with the task it already created.
 */
export function useCreateSubmit<TInput>(mutation: UseMutationResult<TaskDto, unknown, TInput>) {
  const [intent] = useState(() => createIntentKey());
  // The ref blocks a second submit before React has re-rendered the disabled button.
  const inFlight = useRef(false);
  const [locked, setLocked] = useState(false);

  /** The input changed: a new intent, and the last answer (error or success) no longer describes the screen. */
  function edited(): void {
    intent.reset();
    if (!inFlight.current) mutation.reset();
  }

  /**
   * Sends the input built around the intent's key, unless a submit is already running. `onSent` runs on
   * success only: on error everything the user typed and picked stays for a retry.
   */
  function send(build: (idempotencyKey: string) => TInput, onSent: () => void): void {
    if (inFlight.current) return;
    inFlight.current = true;
    flushSync(() => setLocked(true));
    mutation.mutate(build(intent.current()), {
      onSuccess: (task) => {
        intent.reset();
        onSent();
        // The composer closes (phone) and brings the new tile into view.
        announceCreated(task.id);
      },
      onSettled: () => {
        inFlight.current = false;
        setLocked(false);
      },
    });
  }

  return { locked, edited, send, created: mutation.data, error: mutation.error };
}

/** What a form shows of its submit: the lock, and the last answer. */
export interface CreateSubmitState {
  locked: boolean;
  created: TaskDto | undefined;
  error: unknown;
}
