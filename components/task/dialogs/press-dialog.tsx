"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";

import { ApiError } from "@/lib/api-client";
import { createIntentKey } from "@/lib/idempotency";
import { useCancelWaitingTask, useConfirmWaitingTask, usePressButton } from "@/lib/queries/tasks";
import type { TaskButtonDto, TaskDto } from "@/lib/schemas/task";

import { DialogFrame } from "./dialog-frame";
import { type DialogKind, prefilledPrompt } from "./dialog-kind";
import type { ModalPayload } from "./use-dialog-actions";

/** The task a failed confirmation left waiting in the dialog, when the error names one. */
function waitingTaskOf(error: unknown): string | null {
  const id = error instanceof ApiError ? error.details?.taskId : undefined;
  return typeof id === "string" ? id : null;
}

/**
 * The dialog of a button that always opens one (Custom Zoom, Vary (Region)), shown before anything is sent:
 * Submit presses the button and answers the dialog in one request; Cancel and Esc just close it. One idempotency
 * key per answer, so a double tap or a network retry costs one job. Once a press went through but its
 * confirmation failed, the task waits in the dialog: further submits confirm that task and never press again,
 * and Cancel cancels it.
 */
export function PressDialog(props: {
  task: TaskDto;
  button: TaskButtonDto;
  kind: DialogKind;
  onClose: () => void;
}) {
  const { task, button } = props;
  const t = useTranslations("dialogs");
  const router = useRouter();
  const press = usePressButton(task.id);
  const confirmWaiting = useConfirmWaitingTask();
  const cancelWaiting = useCancelWaitingTask();
  const [intent] = useState(() => createIntentKey());
  const [waitingId, setWaitingId] = useState<string | null>(null);
  const lastRequest = useRef<string | null>(null);
  const busy = useRef(false);

  function submit(dialog: ModalPayload) {
    if (busy.current) return;
    // The server refuses one key for two different answers: a changed answer is a new intent.
    const request = JSON.stringify(dialog);
    if (lastRequest.current !== null && lastRequest.current !== request) intent.reset();
    lastRequest.current = request;
    busy.current = true;
    const done = {
      // Stay locked until the child's page replaces this one, so a second tap cannot start another job.
      onSuccess: (child: TaskDto) => router.push(`/tasks/${child.id}`),
      onError: (error: unknown) => {
        busy.current = false;
        setWaitingId((known) => known ?? waitingTaskOf(error));
      },
    };
    const idempotencyKey = intent.current();
    if (waitingId) confirmWaiting.mutate({ taskId: waitingId, ...dialog, idempotencyKey }, done);
    else press.mutate({ customId: button.customId, idempotencyKey, dialog }, done);
  }

  function cancel() {
    if (busy.current) return;
    // Nothing sent yet: closing is all there is. A task left waiting is cancelled, as its own page would.
    if (!waitingId) return props.onClose();
    busy.current = true;
    cancelWaiting.mutate(waitingId, {
      onSuccess: props.onClose,
      onError: () => {
        busy.current = false;
      },
    });
  }

  return (
    <DialogFrame
      stage={waitingId ? "waiting" : "before-press"}
      kind={props.kind}
      initialPrompt={
        prefilledPrompt(button.customId, task.results?.prompts) ?? task.finalPrompt ?? task.prompt
      }
      image={task.image}
      actions={{
        submit,
        cancel,
        submitting: press.isPending || confirmWaiting.isPending,
        cancelling: cancelWaiting.isPending,
        error: cancelWaiting.error ?? confirmWaiting.error ?? press.error,
      }}
      afterError={
        waitingId ? (
          <Link href={`/tasks/${waitingId}`} className="font-semibold underline">
            {t("openWaiting")}
          </Link>
        ) : null
      }
    />
  );
}
