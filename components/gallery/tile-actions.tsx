"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { flushSync } from "react-dom";

import { cn } from "@/components/common/cn";
import { downloadUrl } from "@/components/task/format";
import type { TaskDto } from "@/lib/schemas/task";

import { type GridButton, gridButtons } from "./grid-buttons";
import { TileIcon, type TileIconName } from "./tile-icons";
import { useTilePress } from "./use-tile-press";

const looks = {
  // Desktop, on hover or keyboard focus: compact, over the picture.
  hover: {
    chip: "h-7 min-w-0 rounded-md text-xs",
    tool: "size-8 rounded-md",
    base: "bg-zinc-950/60 text-white backdrop-blur hover:bg-zinc-950/85",
    used: "bg-violet-600/90 text-white hover:bg-violet-700",
  },
  // Phone sheet: 44 px targets.
  sheet: {
    chip: "h-11 rounded-xl text-sm",
    tool: "min-h-11 flex-1 rounded-xl px-3 text-sm",
    base: "border border-zinc-300 bg-white hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800",
    used: "border border-violet-600 bg-violet-600 text-white dark:border-violet-500 dark:bg-violet-600",
  },
} as const;
type Look = keyof typeof looks;

interface Props {
  task: TaskDto;
  /** Starts selection mode with this task; absent where the grid has no selection (collections). */
  onSelect?: (() => void) | undefined;
}

/** U1–U4 / V1–V4, each marked when it was already pressed (a child exists), in two rows of four. */
function GridChips({
  task,
  look,
  press,
}: {
  task: TaskDto;
  look: Look;
  press: ReturnType<typeof useTilePress>;
}) {
  const t = useTranslations("tile");
  const grid = gridButtons(task);
  if (grid.length === 0) return null;
  const title = (b: GridButton) =>
    `${t(b.kind === "upscale" ? "upscaleTitle" : "varyTitle", { index: b.index })}${b.used ? ` · ${t("used")}` : ""}`;
  return (
    <div className="grid grid-cols-4 gap-1" role="group" aria-label={t("gridActions")}>
      {grid.map((b) => (
        <button
          key={b.button.customId}
          type="button"
          title={title(b)}
          data-custom-id={b.button.customId}
          data-used={b.used || undefined}
          // The visible name first (speech input says "U1"), then the state.
          aria-label={b.used ? `${b.name}, ${t("used")}` : undefined}
          disabled={press.pressing !== null}
          aria-busy={press.pressing?.button.customId === b.button.customId || undefined}
          onClick={() => press.pressGrid(b)}
          className={cn(
            "pointer-events-auto flex items-center justify-center gap-0.5 font-semibold disabled:opacity-60",
            looks[look].chip,
            b.used ? looks[look].used : looks[look].base,
          )}
        >
          {b.name}
          {b.used ? (
            <span aria-hidden className="text-[0.65em]">
              ✓
            </span>
          ) : null}
        </button>
      ))}
    </div>
  );
}

function ToolLink({
  href,
  icon,
  label,
  look,
  download,
}: {
  href: string;
  icon: TileIconName;
  label: string;
  look: Look;
  download?: boolean;
}) {
  const className = cn(
    "pointer-events-auto flex items-center justify-center gap-2 font-medium",
    looks[look].tool,
    looks[look].base,
  );
  const body = (
    <>
      <TileIcon name={icon} />
      {look === "sheet" ? <span>{label}</span> : null}
    </>
  );
  const name = look === "sheet" ? undefined : label;
  if (download)
    return (
      <a href={href} download aria-label={name} title={label} className={className}>
        {body}
      </a>
    );
  return (
    <Link href={href} prefetch={false} aria-label={name} title={label} className={className}>
      {body}
    </Link>
  );
}

/** Everything a tile offers besides opening it, in the hover bar or the phone sheet. */
function ActionList({ task, onSelect, look, onDone }: Props & { look: Look; onDone?: () => void }) {
  const t = useTranslations("tile");
  const press = useTilePress(task);
  return (
    <div className="space-y-1.5">
      <GridChips task={task} look={look} press={press} />
      <div className={look === "sheet" ? "grid grid-cols-2 gap-2" : "flex gap-1"}>
        <ToolLink
          href={`/?reuse=${encodeURIComponent(task.id)}`}
          icon="reuse"
          label={t("reuse")}
          look={look}
        />
        {task.image ? (
          <ToolLink
            href={downloadUrl(task.image.url)}
            icon="download"
            label={t("download")}
            look={look}
            download
          />
        ) : null}
        {onSelect ? (
          <button
            type="button"
            onClick={() => {
              onDone?.();
              onSelect();
            }}
            aria-label={look === "sheet" ? undefined : t("select")}
            title={t("select")}
            className={cn(
              "pointer-events-auto flex items-center justify-center gap-2 font-medium",
              looks[look].tool,
              looks[look].base,
            )}
          >
            <TileIcon name="select" />
            {look === "sheet" ? <span>{t("select")}</span> : null}
          </button>
        ) : null}
        {look === "sheet" ? (
          <ToolLink href={`/tasks/${task.id}`} icon="open" label={t("open")} look={look} />
        ) : null}
      </div>
      <p
        aria-live="polite"
        data-testid="tile-press-feedback"
        className={cn(
          "text-xs empty:hidden",
          look === "hover" ? "rounded bg-zinc-950/70 px-1.5 py-0.5 text-white" : "",
          press.failed && look === "sheet" && "font-medium text-red-700 dark:text-red-400",
        )}
      >
        {press.feedback}
      </p>
    </div>
  );
}

/** Desktop: a compact bar over the bottom of the picture, shown on hover and on keyboard focus inside the tile. */
export function HoverActions(props: Props) {
  return (
    <div
      data-testid="tile-actions"
      // The bar lets clicks through its gaps to the tile's link; only its buttons take them (visible on hover).
      className="pointer-events-none absolute inset-x-0 bottom-0 z-10 p-1.5 opacity-0 transition-opacity group-focus-within/tile:opacity-100 group-hover/tile:opacity-100 pointer-coarse:hidden"
    >
      <ActionList {...props} look="hover" />
    </div>
  );
}

/** Touch: a "⋯" button that opens the same actions in a bottom sheet (a modal dialog: focus in, trapped, back). */
export function TouchActions(props: Props) {
  const t = useTranslations("tile");
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  // The sheet's contents exist only while it is open: a gallery of thousands of tiles keeps one button each.
  const [open, setOpen] = useState(false);
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        ref={opener}
        type="button"
        aria-haspopup="dialog"
        aria-label={t("more")}
        onClick={() => {
          // Drawn before showModal, so the dialog's focusing steps find its first control (the close button).
          flushSync(() => setOpen(true));
          dialog.current?.showModal();
        }}
        className="absolute right-0 bottom-0 z-10 hidden size-11 items-center justify-center text-white drop-shadow pointer-coarse:flex"
      >
        <span className="flex size-8 items-center justify-center rounded-full bg-zinc-950/55 backdrop-blur">
          <TileIcon name="more" />
        </span>
      </button>
      <dialog
        ref={dialog}
        aria-label={t("sheetTitle")}
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
        // A tap on the dimmed backdrop (the dialog element itself, outside its box) closes it.
        onClick={(event) => event.target === event.currentTarget && close()}
        className="fixed inset-x-0 top-auto bottom-0 m-0 w-full max-w-none rounded-t-2xl bg-white p-4 pb-[max(1rem,env(safe-area-inset-bottom))] text-zinc-900 backdrop:bg-zinc-950/50 dark:bg-zinc-900 dark:text-zinc-100"
      >
        {open ? (
          <div className="mx-auto max-w-lg space-y-3">
            <div className="flex items-start gap-2">
              <p className="line-clamp-3 min-w-0 flex-1 text-sm break-words">{props.task.prompt}</p>
              <button
                type="button"
                onClick={close}
                aria-label={t("close")}
                className="-mt-2 -mr-2 flex size-11 shrink-0 items-center justify-center rounded-full hover:bg-zinc-100 dark:hover:bg-zinc-800"
              >
                <TileIcon name="close" />
              </button>
            </div>
            <ActionList {...props} look="sheet" onDone={close} />
          </div>
        ) : null}
      </dialog>
    </>
  );
}
