"use client";

import { useTranslations } from "next-intl";

import { cn } from "@/components/common/cn";
import { useErrorText } from "@/components/common/use-error-text";
import type { TaskButtonDto, TaskDto } from "@/lib/schemas/task";

import { ButtonIcon } from "./button-icon";
import { buttonIconKey, isDisplayableEmoji } from "./button-names";
import { dialogBeforePress, type DialogKind } from "./dialogs/dialog-kind";
import { type TaskPress, useTaskPress } from "./use-task-press";

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
  return <TaskButtonsView task={task} press={useTaskPress(task, { onOpenDialog })} />;
}

/** The buttons over a press state the caller owns (the lightbox shares it with its keyboard shortcuts). */
export function TaskButtonsView({ task, press }: { task: TaskDto; press: TaskPress }) {
  const t = useTranslations();
  const errorText = useErrorText();
  const { pressing, nameOf } = press;
  const onPress = press.press;

  if (task.buttons.length === 0) {
    return task.status === "succeeded" ? (
      <p className="text-sm text-zinc-500 dark:text-zinc-400">{t("task.noActions")}</p>
    ) : null;
  }

  return (
    <section aria-labelledby="actions-title" className="space-y-2">
      <h2 id="actions-title" className="text-sm font-semibold text-zinc-500 dark:text-zinc-400">
        {t("task.actions")}
      </h2>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(4.25rem,1fr))] gap-2">
        {task.buttons.map((button) => {
          const name = nameOf(button);
          const iconKey = buttonIconKey(button);
          const emoji = !iconKey && isDisplayableEmoji(button.emoji) ? button.emoji : null;
          const label = button.label.trim();
          return (
            <button
              key={button.customId}
              type="button"
              onClick={() => onPress(button)}
              disabled={pressing !== null}
              aria-busy={pressing?.customId === button.customId || undefined}
              // A dialog button opens a dialog first (WAI-ARIA: the button says so).
              aria-haspopup={dialogBeforePress(button.customId) ? "dialog" : undefined}
              // Emoji-only buttons need words for screen readers; labelled ones are named by their label.
              aria-label={label ? undefined : name}
              data-custom-id={button.customId}
              data-emoji={button.emoji || undefined}
              // Long labels ("Upscale (Creative)") get two columns so they stay on one line beside their icon.
              className={cn(
                label.length > 4 && "col-span-2",
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
              name: press.failedButton ? nameOf(press.failedButton) : "",
              message: errorText(press.error),
            })}
          </span>
        ) : null}
      </p>
    </section>
  );
}
