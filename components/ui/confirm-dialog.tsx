"use client";

import { type ReactNode, useEffect, useRef } from "react";

import { Button } from "./button";

interface Props {
  open: boolean;
  title: string;
  /** What happens, in one or two sentences. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Our own confirmation for what cannot be undone (purging the trash, deleting a collection), instead of
 * window.confirm: translated, styled, and testable. A modal <dialog> makes the page inert, keeps focus inside,
 * closes on Esc and gives focus back to the button that opened it. Cancel has the first focus, so Enter is safe.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  danger,
  busy,
  onConfirm,
  onCancel,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby="confirm-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl bg-white p-5 text-zinc-900 shadow-xl backdrop:bg-black/50 dark:bg-zinc-900 dark:text-zinc-100"
    >
      {open ? (
        <div className="space-y-4">
          <h2 id="confirm-title" className="text-lg font-semibold">
            {title}
          </h2>
          <div className="text-sm text-zinc-700 dark:text-zinc-300">{children}</div>
          <div className="flex flex-wrap justify-end gap-2">
            <Button autoFocus onClick={onCancel}>
              {cancelLabel}
            </Button>
            <Button
              variant={danger ? "secondary" : "primary"}
              danger={danger}
              disabled={busy}
              onClick={onConfirm}
            >
              {confirmLabel}
            </Button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
