"use client";

import { useRef, useState } from "react";
import { flushSync } from "react-dom";

import { createIntentKey } from "@/lib/idempotency";

/**
 * Money rule for the create forms: one idempotency key per intent, and a lock that is taken synchronously, so a
 * double tap sends one request. Any edit of the input starts a new intent; a retry after an error keeps the key.
 */
export function useSubmitLock() {
  const [intent] = useState(() => createIntentKey());
  // The ref blocks a second submit before React has re-rendered the disabled button.
  const inFlight = useRef(false);
  const [locked, setLocked] = useState(false);

  /** Takes the lock and returns the intent's key, or null when a submit is already running. */
  function start(): string | null {
    if (inFlight.current) return null;
    inFlight.current = true;
    flushSync(() => setLocked(true));
    return intent.current();
  }

  function finish(succeeded: boolean): void {
    if (succeeded) intent.reset();
    inFlight.current = false;
    setLocked(false);
  }

  return { locked, start, finish, edited: () => intent.reset(), busy: () => inFlight.current };
}
