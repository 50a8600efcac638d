"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";

import { useErrorText } from "@/components/common/use-error-text";
import { createIntentKeyMap } from "@/lib/idempotency";
import { usePressButton } from "@/lib/queries/tasks";
import type { TaskDto } from "@/lib/schemas/task";

import type { GridButton } from "./grid-buttons";

/**
 * Presses U1–U4 / V1–V4 from a gallery tile through the same mutation as the task page (POST
 * /api/tasks/:id/actions with one idempotency key per intent). Unlike the task page it stays in the gallery:
 * the new task's tile appears at the top by itself, and the pressed button is marked as used.
 */
export function useTilePress(task: Pick<TaskDto, "id">) {
  const t = useTranslations("task");
  const errorText = useErrorText();
  const press = usePressButton(task.id);
  const [keys] = useState(() => createIntentKeyMap());
  // A double click must not start two paid jobs: the lock is taken before React re-renders.
  const inFlight = useRef(false);
  const [pressing, setPressing] = useState<GridButton | null>(null);
  const [failed, setFailed] = useState<{ name: string; message: string } | null>(null);

  function pressGrid(grid: GridButton) {
    if (inFlight.current) return;
    inFlight.current = true;
    setPressing(grid);
    setFailed(null);
    const { customId } = grid.button;
    press.mutate(
      { customId, idempotencyKey: keys.current(customId) },
      {
        onSuccess: () => keys.reset(customId),
        onError: (error) => setFailed({ name: grid.name, message: errorText(error) }),
        onSettled: () => {
          inFlight.current = false;
          setPressing(null);
        },
      },
    );
  }

  const feedback = pressing
    ? t("pressing", { name: pressing.name })
    : failed
      ? t("pressFailed", { name: failed.name, message: failed.message })
      : null;
  return { pressGrid, pressing, feedback, failed: failed !== null && !pressing };
}
