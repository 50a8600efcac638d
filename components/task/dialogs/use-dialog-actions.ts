"use client";

import { useRef, useState } from "react";

import { createIntentKey } from "@/lib/idempotency";
import { useCancelTask, useSubmitModal } from "@/lib/queries/tasks";

export interface ModalPayload {
  prompt?: string;
  mask?: string;
}

/**
 * Submit and cancel for one MODAL task. Every submit of the same request reuses one idempotency key (a double tap or
 * a network retry costs one upstream job); a changed request is a new intent, since the server refuses one key
 * for two different bodies.
 */
export function useDialogActions(taskId: string) {
  const submitMutation = useSubmitModal(taskId);
  const cancelMutation = useCancelTask(taskId);
  const [intent] = useState(() => createIntentKey());
  const lastRequest = useRef<string | null>(null);
  const busy = useRef(false);

  function submit(payload: ModalPayload) {
    if (busy.current) return;
    const request = JSON.stringify(payload);
    if (lastRequest.current !== null && lastRequest.current !== request) intent.reset();
    lastRequest.current = request;
    busy.current = true;
    cancelMutation.reset();
    submitMutation.mutate(
      { ...payload, idempotencyKey: intent.current() },
      {
        onSettled: () => {
          busy.current = false;
        },
      },
    );
  }

  function cancel() {
    if (busy.current) return;
    busy.current = true;
    submitMutation.reset();
    cancelMutation.mutate(undefined, {
      onSettled: () => {
        busy.current = false;
      },
    });
  }

  return {
    submit,
    cancel,
    submitting: submitMutation.isPending,
    cancelling: cancelMutation.isPending,
    error: submitMutation.error ?? cancelMutation.error,
  };
}
