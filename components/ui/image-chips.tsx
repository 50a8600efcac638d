"use client";

import type { ReactNode } from "react";

import { Icon } from "./icon";

/** What a chip needs of an image: picked files downscaled in the browser carry all three. */
export interface ChipImage {
  id: string;
  dataUrl: string;
  name: string;
}

interface Reorder {
  onMove: (id: string, by: -1 | 1) => void;
  upLabel: (index: number) => string;
  downLabel: (index: number) => string;
}

interface Props<T extends ChipImage> {
  images: readonly T[];
  /** Images still being read: a placeholder each, after the real ones. */
  processing: number;
  /** The list's accessible name. */
  label: string;
  /** data-testid of each image's item. */
  itemTestId: string;
  /** Texts for the image at `index`, counted from 1 as people count. */
  alt: (image: T, index: number) => string;
  removeLabel: (index: number) => string;
  onRemove: (id: string) => void;
  /** Given, the order matters (blend): rows with the position, the name and up/down buttons instead of chips. */
  reorder?: Reorder;
}

/** Picked images as removable thumbnails; nothing at all while there are none. */
export function ImageChips<T extends ChipImage>({ images, processing, label, reorder, ...item }: Props<T>) {
  if (images.length === 0 && processing === 0) return null;
  const placeholders = Array.from({ length: processing }, (_, i) => (
    <li
      key={`processing-${i}`}
      aria-hidden
      className={
        reorder
          ? "h-18 animate-pulse rounded-xl bg-zinc-200 dark:bg-zinc-800"
          : "size-18 animate-pulse rounded-lg bg-zinc-200 dark:bg-zinc-800"
      }
    />
  ));
  if (reorder) {
    return (
      <ol aria-label={label} className="space-y-2">
        {images.map((image, i) => (
          <ImageRow
            key={image.id}
            image={image}
            index={i + 1}
            last={i === images.length - 1}
            {...item}
            {...reorder}
          />
        ))}
        {placeholders}
      </ol>
    );
  }
  return (
    <ul aria-label={label} className="flex flex-wrap gap-3 pt-1">
      {images.map((image, i) => (
        <li key={image.id} data-testid={item.itemTestId} className="relative size-18">
          <Thumbnail image={image} alt={item.alt(image, i + 1)} className="size-full" />
          <RemoveDot label={item.removeLabel(i + 1)} onClick={() => item.onRemove(image.id)} />
        </li>
      ))}
      {placeholders}
    </ul>
  );
}

type RowProps<T extends ChipImage> = Omit<Props<T>, "images" | "processing" | "label" | "reorder"> &
  Reorder & { image: T; index: number; last: boolean };

/** One row of an ordered list: position, thumbnail, name, then up, down and remove (no drag needed). */
function ImageRow<T extends ChipImage>({ image, index, last, ...p }: RowProps<T>) {
  return (
    <li
      data-testid={p.itemTestId}
      data-index={index}
      className="flex items-center gap-3 rounded-xl border border-zinc-200 p-2 dark:border-zinc-800"
    >
      <span className="w-5 text-center text-sm font-semibold text-zinc-500 tabular-nums">{index}</span>
      <Thumbnail image={image} alt={p.alt(image, index)} className="size-14 shrink-0" />
      <span className="min-w-0 flex-1 truncate text-sm text-zinc-600 dark:text-zinc-400">{image.name}</span>
      <RowButton label={p.upLabel(index)} disabled={index === 1} onClick={() => p.onMove(image.id, -1)}>
        <path d="M10 15V5M5.5 9.5 10 5l4.5 4.5" />
      </RowButton>
      <RowButton label={p.downLabel(index)} disabled={last} onClick={() => p.onMove(image.id, 1)}>
        <path d="M10 5v10m-4.5-4.5L10 15l4.5-4.5" />
      </RowButton>
      <RowButton label={p.removeLabel(index)} onClick={() => p.onRemove(image.id)}>
        <path d="m5.5 5.5 9 9m0-9-9 9" />
      </RowButton>
    </li>
  );
}

function Thumbnail({ image, alt, className }: { image: ChipImage; alt: string; className: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a local data URL; there is nothing to optimize
    <img
      src={image.dataUrl}
      alt={alt}
      title={image.name}
      className={`${className} rounded-lg object-cover ring-1 ring-zinc-300 dark:ring-zinc-700`}
    />
  );
}

interface RowButtonProps {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  /** The icon's path, drawn on a 20 px grid. */
  children: ReactNode;
}

function RowButton({ label, onClick, disabled = false, children }: RowButtonProps) {
  return (
    <button
      type="button"
      disabled={disabled}
      onClick={onClick}
      aria-label={label}
      className="flex size-11 items-center justify-center rounded-lg border border-zinc-300 bg-white hover:bg-zinc-50 disabled:cursor-not-allowed disabled:opacity-40 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800"
    >
      <Icon>{children}</Icon>
    </button>
  );
}

/** The small remove button on a thumbnail's corner; the ::after extends its touch target to 44 px. */
export function RemoveDot({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={label}
      className="absolute -top-2 -right-2 flex size-7 items-center justify-center rounded-full bg-zinc-900 text-white shadow ring-2 ring-white after:absolute after:-inset-2 after:content-[''] dark:bg-zinc-100 dark:text-zinc-900 dark:ring-zinc-950"
    >
      <svg
        aria-hidden
        viewBox="0 0 16 16"
        className="size-3.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="m4 4 8 8M12 4l-8 8" />
      </svg>
    </button>
  );
}
