"use client";

import { useTranslations } from "next-intl";
import { useCallback, useId, useRef, useState } from "react";

import { NavIcon } from "./nav-icon";
import { saveTheme, type Theme, themes } from "./theme";
import { useDismiss } from "./use-dismiss";

/**
 * Light, dark or the system's choice. An icon button (room is short in a phone's header) that opens three
 * pressed-state buttons; the choice is a cookie, so the server renders the right class on the next page load.
 */
export function ThemeSwitch({ initial }: { initial: Theme }) {
  const t = useTranslations("shell.theme");
  const [theme, setTheme] = useState(initial);
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useDismiss(
    open,
    rootRef,
    useCallback((reason: "outside" | "escape") => {
      setOpen(false);
      if (reason === "escape") buttonRef.current?.focus();
    }, []),
  );

  function choose(next: Theme) {
    setTheme(next);
    saveTheme(next);
    setOpen(false);
    buttonRef.current?.focus();
  }

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t("button", { theme: t(theme) })}
        data-testid="theme-switch"
        data-theme={theme}
        onClick={() => setOpen((v) => !v)}
        className="flex size-11 items-center justify-center rounded-full text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        <NavIcon name={theme} />
      </button>
      {open ? (
        <div
          id={panelId}
          role="group"
          aria-label={t("label")}
          className="absolute right-0 z-40 mt-2 w-44 rounded-xl border border-zinc-200 bg-white p-1.5 shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
        >
          {themes.map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={theme === option}
              onClick={() => choose(option)}
              className="flex min-h-11 w-full items-center gap-2 rounded-lg px-3 text-left text-sm hover:bg-zinc-100 aria-pressed:font-semibold aria-pressed:text-violet-800 dark:hover:bg-zinc-800 dark:aria-pressed:text-violet-200"
            >
              <NavIcon name={option} className="size-4.5" />
              {t(option)}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
