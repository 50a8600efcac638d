"use client";

import type { ClipboardEvent } from "react";

import { cn } from "@/components/common/cn";

import { Icon } from "./icon";

interface PickerProps {
  label: string;
  onFiles: (files: File[]) => void;
  multiple?: boolean;
  /** Phones: opens the rear camera directly instead of the photo library. */
  camera?: boolean;
  className?: string;
}

/** A styled label around a visually hidden file input: the input keeps its accessible name and keyboard focus. */
export function FilePicker({ label, onFiles, multiple = false, camera = false, className }: PickerProps) {
  return (
    <label
      className={cn(
        "inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-xl border border-zinc-300 bg-white px-3.5 text-sm font-medium has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-violet-600 dark:border-zinc-700 dark:bg-zinc-900",
        className,
      )}
    >
      <input
        type="file"
        accept="image/*"
        multiple={multiple}
        capture={camera ? "environment" : undefined}
        className="sr-only"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Cleared so choosing the same file again still fires a change.
          event.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
      <Icon strokeWidth={1.5}>
        {camera ? (
          <>
            <path d="M3 7a2 2 0 0 1 2-2h1.5l1.2-1.6A1 1 0 0 1 8.5 3h3a1 1 0 0 1 .8.4L13.5 5H15a2 2 0 0 1 2 2v7a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2Z" />
            <circle cx="10" cy="10.5" r="3" />
          </>
        ) : (
          <>
            <rect x="2.5" y="3.5" width="15" height="13" rx="2" />
            <path d="m2.5 13 4-4 3.5 3.5 2.5-2.5 5 5M10 6.5h.01" />
          </>
        )}
      </Icon>
      {label}
    </label>
  );
}

interface ImagePickersProps {
  /** The library picker's name ("Add images", "Face"). */
  label: string;
  /** The phone camera picker's name ("Take a photo"). */
  cameraLabel: string;
  onFiles: (files: File[]) => void;
  multiple?: boolean;
}

/** The photo-library picker, plus on phones (only there) a second one that opens the camera. */
export function ImagePickers({ label, cameraLabel, onFiles, multiple = false }: ImagePickersProps) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <FilePicker label={label} multiple={multiple} onFiles={onFiles} />
      <FilePicker label={cameraLabel} camera onFiles={onFiles} className="sm:hidden" />
    </div>
  );
}

/**
 * An onPaste handler that hands pasted image files to `onFiles`. A paste with text on the clipboard is left
 * to the browser: rich text from Office apps carries an image rendition too, but the user means the text.
 */
export function onPastedFiles(onFiles: (files: File[]) => void) {
  return (event: ClipboardEvent) => {
    const files = Array.from(event.clipboardData.files);
    if (files.length === 0 || event.clipboardData.types.includes("text/plain")) return;
    event.preventDefault();
    onFiles(files);
  };
}
