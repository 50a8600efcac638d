"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { flushSync } from "react-dom";

import { cn } from "@/components/common/cn";
import { useErrorText } from "@/components/common/use-error-text";
import { createIntentKeyMap } from "@/lib/idempotency";
import { usePressButton } from "@/lib/queries/tasks";
import type { TaskButtonDto, TaskDto } from "@/lib/schemas/task";

import { ButtonIcon } from "./button-icon";
import { buttonIconKey, isDisplayableEmoji } from "./button-names";
import { dialogBeforePress, type DialogKind } from "./dialogs/dialog-kind";
import { useButtonWords } from "./use-button-words";
import { useRemixSwitch } from "./use-remix-switch";

/**
 * The upstream's buttons (U1–U4, V1–V4, 🔄, zoom, pan…) in the order it gave them. A button that always opens a
 * Midjourney dialog only calls `onOpenDialog`: nothing is sent until that dialog is submitted.
 */
export function TaskButtons({
  task,
  onOpenDialog,
}: {
  task: TaskDto;
  onOpenDialog: (button: TaskButtonDto, kind: DialogKind) => void;
}) {
  const t = useTranslations();
  const errorText = useErrorText();
  const router = useRouter();
  const press = usePressButton(task.id);
  // Every press of a button is its own intent; a retry of a failed press keeps its key.
  const [keys] = useState(() => createIntentKeyMap());
  const inFlight = useRef(false);
  const [pressing, setPressing] = useState<TaskButtonDto | null>(null);

  const nameOf = useButtonWords().name;
  const [remix, setRemix] = useRemixSwitch();
  const hasRemixButtons = task.buttons.some(
    (button) => dialogBeforePress(button.customId, { remix: true }) && !dialogBeforePress(button.customId),
  );

  function onPress(button: TaskButtonDto) {
    if (inFlight.current) return;
    const dialog = dialogBeforePress(button.customId, { remix });
    if (dialog) return onOpenDialog(button, dialog);
    inFlight.current = true;
    flushSync(() => setPressing(button));
    press.mutate(
      { customId: button.customId, idempotencyKey: keys.current(button.customId) },
      {
        onSuccess: (child) => {
          keys.reset(button.customId);
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

  if (task.buttons.length === 0) {
    return task.status === "succeeded" ? (
      <p className="text-sm text-zinc-500 dark:text-zinc-400">{t("task.noActions")}</p>
    ) : null;
  }

  return (
    <section aria-labelledby="actions-title" className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-x-3">
        <h2 id="actions-title" className="text-sm font-semibold text-zinc-500 dark:text-zinc-400">
          {t("task.actions")}
        </h2>
        {hasRemixButtons ? (
          <label className="flex min-h-11 items-center gap-2 text-sm" title={t("task.remixHint")}>
            <input
              type="checkbox"
              checked={remix}
              onChange={(event) => setRemix(event.target.checked)}
              aria-describedby="remix-hint"
              className="size-4 accent-violet-600"
            />
            {t("task.remix")}
            <span id="remix-hint" className="sr-only">
              {t("task.remixHint")}
            </span>
          </label>
        ) : null}
      </div>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(4.25rem,1fr))] gap-2">
        {task.buttons.map((button) => {
          const name = nameOf(button);
          const iconKey = buttonIconKey(button);
          const emoji = !iconKey && isDisplayableEmoji(button.emoji) ? button.emoji : null;
          // A labelled button shows its name in the page's language ("Vary (Strong)" → "变体（强烈）"); an
          // emoji-only one keeps its picture and is named for screen readers.
          const label = button.label.trim() ? name : "";
          return (
            <button
              key={button.customId}
              type="button"
              onClick={() => onPress(button)}
              disabled={pressing !== null}
              aria-busy={pressing?.customId === button.customId || undefined}
              // A dialog button opens a dialog first (WAI-ARIA: the button says so).
              aria-haspopup={dialogBeforePress(button.customId, { remix }) ? "dialog" : undefined}
              // Emoji-only buttons need words for screen readers; labelled ones are named by their label.
              aria-label={label ? undefined : name}
              data-custom-id={button.customId}
              data-emoji={button.emoji || undefined}
              // Long labels ("Upscale (Creative)", "放大（创意）") get two columns to stay on one line by their icon.
              className={cn(
                needsTwoColumns(label, Boolean(iconKey || emoji)) && "col-span-2",
                "flex min-h-11 items-center justify-center gap-1 rounded-xl border border-zinc-300 bg-white px-2 py-1.5 text-sm leading-tight font-semibold break-words hover:bg-zinc-50 disabled:cursor-not-allowed disabled:opacity-50 aria-busy:border-violet-500 aria-busy:opacity-100 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800",
              )}
            >
              {iconKey ? <ButtonIcon name={iconKey} /> : null}
              {emoji ? <span aria-hidden>{emoji}</span> : null}
              {label ? <span>{label}</span> : iconKey || emoji ? null : <span>{name}</span>}
            </button>
          );
        })}
      </div>
      <p aria-live="polite" data-testid="press-feedback" className="text-sm">
        {pressing ? (
          <span className="text-zinc-600 dark:text-zinc-400">
            {t("task.pressing", { name: nameOf(pressing) })}
          </span>
        ) : null}
        {!pressing && press.error ? (
          <span className="font-medium text-red-700 dark:text-red-400">
            {t("task.pressFailed", {
              name: press.variables ? nameOf(findButton(task, press.variables.customId)) : "",
              message: errorText(press.error),
            })}
          </span>
        ) : null}
      </p>
    </section>
  );
}

/**
 * Whether a label (plus its icon) outgrows one 4.25rem column at text-sm: about 8.5 px per Latin character and
 * 14 px per CJK glyph, against 52 px of room inside the padding. A guess, but one that keeps "U1" and "放大 1" in
 * one column and "Upscale (Creative)" or "变体（强烈）" on one line across two.
 */
function needsTwoColumns(label: string, hasIcon: boolean): boolean {
  let width = hasIcon ? 20 : 0;
  for (const char of label) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 14 : 8.5;
  return width > 52;
}

function findButton(task: TaskDto, customId: string): TaskButtonDto {
  return task.buttons.find((b) => b.customId === customId) ?? { customId, label: "", emoji: "" };
}
