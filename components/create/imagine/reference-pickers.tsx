"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { cn } from "@/components/common/cn";

interface PickerProps {
  label: string;
  icon: ReactNode;
  onFiles: (files: File[]) => void;
  multiple?: boolean;
  capture?: "environment";
  className?: string;
}

/** A styled label around a visually hidden file input: the input keeps its accessible name and keyboard focus. */
function FilePicker({ label, icon, onFiles, multiple = false, capture, className }: PickerProps) {
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
        capture={capture}
        className="sr-only"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Cleared so choosing the same file again still fires a change.
          event.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
      {icon}
      {label}
    </label>
  );
}

export function ReferencePickers({ onFiles }: { onFiles: (files: File[]) => void }) {
  const t = useTranslations("references");
  return (
    <div className="flex flex-wrap gap-2">
      <FilePicker
        label={t("add")}
        multiple
        onFiles={onFiles}
        icon={
          <svg
            aria-hidden
            viewBox="0 0 20 20"
            className="size-5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          >
            <rect x="2.5" y="3.5" width="15" height="13" rx="2" />
            <path d="m2.5 13 4-4 3.5 3.5 2.5-2.5 5 5M10 6.5h.01" />
          </svg>
        }
      />
      {/* Phones only: opens the rear camera directly instead of the photo library. */}
      <FilePicker
        label={t("camera")}
        capture="environment"
        onFiles={onFiles}
        className="sm:hidden"
        icon={
          <svg
            aria-hidden
            viewBox="0 0 20 20"
            className="size-5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          >
            <path d="M3 7a2 2 0 0 1 2-2h1.5l1.2-1.6A1 1 0 0 1 8.5 3h3a1 1 0 0 1 .8.4L13.5 5H15a2 2 0 0 1 2 2v7a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2Z" />
            <circle cx="10" cy="10.5" r="3" />
          </svg>
        }
      />
    </div>
  );
}
