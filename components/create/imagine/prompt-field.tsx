"use client";

import { useTranslations } from "next-intl";

import { cn } from "@/components/common/cn";
import { MAX_PROMPT_LENGTH } from "@/lib/schemas/task-input";

import { PromptTextarea } from "../prompt-textarea";

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Extra description, e.g. the parameter issues shown under the field. */
  describedBy?: string | undefined;
  /** Parameter errors: marked like the over-long state. */
  invalid?: boolean;
}

/** The prompt textarea with its character counter (counted like the server: trimmed). */
export function PromptField({ value, onChange, describedBy, invalid = false }: Props) {
  const t = useTranslations("prompt");
  const length = value.trim().length;
  const tooLong = length > MAX_PROMPT_LENGTH;

  return (
    <div className="space-y-1.5">
      <PromptTextarea
        id="prompt-input"
        label={t("label")}
        name="prompt"
        value={value}
        onChange={onChange}
        rows={3}
        placeholder={t("placeholder")}
        aria-describedby={["prompt-counter prompt-shortcut", describedBy].filter(Boolean).join(" ")}
        aria-invalid={tooLong || invalid || undefined}
        autoComplete="off"
        spellCheck
        className="block min-h-24 w-full resize-y rounded-xl border border-zinc-300 bg-zinc-50 px-3 py-2.5 leading-relaxed placeholder:text-zinc-400 aria-invalid:border-red-500 sm:min-h-28 lg:group-data-[compact=true]/composer:[field-sizing:content] lg:group-data-[compact=true]/composer:max-h-40 lg:group-data-[compact=true]/composer:min-h-12 lg:group-data-[compact=true]/composer:resize-none dark:border-zinc-700 dark:bg-zinc-950"
      />
      <div className="flex items-center justify-between gap-2 text-xs text-zinc-500 lg:group-data-[compact=true]/composer:hidden dark:text-zinc-400">
        <span id="prompt-shortcut" className="hidden sm:inline">
          {t("shortcut")}
        </span>
        <span
          id="prompt-counter"
          className={cn("ml-auto tabular-nums", tooLong && "font-semibold text-red-700 dark:text-red-400")}
        >
          {tooLong
            ? t("tooLong", { over: length - MAX_PROMPT_LENGTH })
            : t("counter", { count: length, max: MAX_PROMPT_LENGTH })}
        </span>
      </div>
    </div>
  );
}
