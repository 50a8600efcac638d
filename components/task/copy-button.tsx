"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import { buttonClass } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";

const CHECK = "m4 10.5 4 4 8-9";
const COPY =
  "M7 7V4.5A1.5 1.5 0 0 1 8.5 3h7A1.5 1.5 0 0 1 17 4.5v7a1.5 1.5 0 0 1-1.5 1.5H13M4.5 7h7A1.5 1.5 0 0 1 13 8.5v7a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 3 15.5v-7A1.5 1.5 0 0 1 4.5 7Z";

type CopyState = "idle" | "copied" | "failed";

/** navigator.clipboard only exists in secure contexts; a self-hosted studio on http://192.168.x.x is not one. */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw new Error("copy failed");
}

/** A copy button whose name stays `label`; the outcome is announced beside it. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations("task");
  const [state, setState] = useState<CopyState>("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2_500);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={buttonClass("action")}
        onClick={() =>
          void copyText(text).then(
            () => setState("copied"),
            () => setState("failed"),
          )
        }
      >
        <Icon d={state === "copied" ? CHECK : COPY} className="size-4" strokeWidth={1.6} />
        {label}
      </button>
      <span role="status" className="text-sm font-medium text-emerald-700 dark:text-emerald-400">
        {state === "copied" ? t("copied") : state === "failed" ? t("copyFailed") : ""}
      </span>
    </span>
  );
}
