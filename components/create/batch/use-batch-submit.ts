"use client";

import { useRef, useState } from "react";

import { announceCreated } from "@/components/layout/studio-events";
import { createIntentKey } from "@/lib/idempotency";
import { useCreateBatch } from "@/lib/queries/batches";
import type { CreateBatchInput } from "@/lib/schemas/batch";

/**
 * The batch side of the imagine form: Imagine opens the confirmation (nothing is sent), Confirm sends the text
 * once under one key per intent (a double click or a network retry finds the same batch), Cancel sends nothing.
 */
export function useBatchSubmit() {
  const mutation = useCreateBatch();
  const [intent] = useState(() => createIntentKey());
  const inFlight = useRef(false);
  const [asking, setAsking] = useState(false);

  return {
    asking,
    locked: mutation.isPending,
    error: mutation.error,
    created: mutation.data,
    /** The text changed: a new intent, and the last answer no longer describes it. */
    edited: () => {
      intent.reset();
      if (!inFlight.current) mutation.reset();
    },
    ask: () => {
      mutation.reset();
      setAsking(true);
    },
    dismiss: () => {
      if (!inFlight.current) setAsking(false);
    },
    confirm: (build: (idempotencyKey: string) => CreateBatchInput, onSent: () => void) => {
      if (inFlight.current) return;
      inFlight.current = true;
      mutation.mutate(build(intent.current()), {
        onSuccess: () => {
          intent.reset();
          setAsking(false);
          onSent();
          // No task exists yet: the phone's sheet closes and the page goes back to the top, where the batch
          // strip shows the jobs as they are sent (the composer's "created" handling, with no tile to find).
          announceCreated("");
        },
        onError: () => setAsking(false),
        onSettled: () => {
          inFlight.current = false;
        },
      });
    },
  };
}
