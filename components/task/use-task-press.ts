"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { flushSync } from "react-dom";

import { createIntentKeyMap } from "@/lib/idempotency";
import { usePressButton } from "@/lib/queries/tasks";
import type { TaskButtonDto, TaskDto } from "@/lib/schemas/task";

import { dialogBeforePress, type DialogKind } from "./dialogs/dialog-kind";
import { useButtonWords } from "./use-button-words";
import { useRemixSwitch } from "./use-remix-switch";

export interface TaskPress {
  /** The button being pressed now, or null. */
  pressing: TaskButtonDto | null;
  press: (button: TaskButtonDto) => void;
  /** The last press's failure, and which button it was. */
  error: unknown;
  failedButton: TaskButtonDto | null;
  /** The task the last press started, when the caller stays on the page (`onPressed`). */
  started: TaskDto | null;
  nameOf: (button: TaskButtonDto) => string;
  /** The viewer's Remix switch: on, variations, rerolls and pans open the prompt dialog before the press. */
  remix: boolean;
  setRemix: (on: boolean) => void;
  /** Whether a button opens a dialog before anything is sent (with the Remix switch as it is now). */
  opensDialog: (button: TaskButtonDto) => boolean;
}

/**
 * Pressing a task's buttons, shared by the buttons on the task page and the lightbox (its buttons and its u/v
 * shortcuts): one press at a time, one idempotency key per press (a retry of a failed press keeps its key), and a
 * dialog button only opens its dialog. By default a successful press opens the child's page and stays locked
 * until it does; with `onPressed` the caller stays (the lightbox) and the buttons unlock for the next press.
 */
export function useTaskPress(
  task: TaskDto,
  options: {
    onOpenDialog: (button: TaskButtonDto, kind: DialogKind) => void;
    onPressed?: (child: TaskDto) => void;
  },
): TaskPress {
  const router = useRouter();
  const mutation = usePressButton(task.id);
  const [keys] = useState(() => createIntentKeyMap());
  const inFlight = useRef(false);
  const [pressing, setPressing] = useState<TaskButtonDto | null>(null);
  const [started, setStarted] = useState<TaskDto | null>(null);

  const nameOf = useButtonWords().name;
  const [remix, setRemix] = useRemixSwitch();

  function press(button: TaskButtonDto) {
    if (inFlight.current) return;
    const dialog = dialogBeforePress(button.customId, { remix });
    if (dialog) return options.onOpenDialog(button, dialog);
    inFlight.current = true;
    flushSync(() => setPressing(button));
    setStarted(null);
    mutation.mutate(
      { customId: button.customId, idempotencyKey: keys.current(button.customId) },
      {
        onSuccess: (child) => {
          keys.reset(button.customId);
          if (options.onPressed) {
            inFlight.current = false;
            setPressing(null);
            setStarted(child);
            options.onPressed(child);
            return;
          }
          // Stay locked until the child's page replaces this one, so an impatient second tap cannot start another job.
          router.push(`/tasks/${child.id}`);
        },
        onError: () => {
          inFlight.current = false;
          setPressing(null);
        },
      },
    );
  }

  const failedId = mutation.variables?.customId;
  return {
    pressing,
    press,
    error: mutation.error,
    failedButton: failedId
      ? (task.buttons.find((b) => b.customId === failedId) ?? { customId: failedId, label: "", emoji: "" })
      : null,
    started,
    nameOf,
    remix,
    setRemix,
    opensDialog: (button) => dialogBeforePress(button.customId, { remix }) !== null,
  };
}
