"use client";

import { useTranslations } from "next-intl";
import { type KeyboardEvent, type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";

import { NavIcon } from "@/components/layout/nav-icon";
import {
  COMPOSE_EVENT,
  type ComposeDetail,
  CREATED_EVENT,
  type CreatedDetail,
} from "@/components/layout/studio-events";

import { CreatePanel } from "./create-panel";
import type { CreateMode } from "./modes";
import { revealTask } from "./reveal-task";
import { useDesktop } from "./use-desktop";

interface Props {
  initialMode: CreateMode;
  imagine: ReactNode;
  /** Open the phone's sheet on load: a reused prompt is waiting in it. */
  openOnLoad: boolean;
}

const FOCUSABLE =
  'a[href],button:not([disabled]),input:not([disabled]),select,textarea,[tabindex]:not([tabindex="-1"])';

/**
 * The create forms in one place, image-first. Desktop: a compact prompt bar over the gallery (prompt and
 * submit in one row) that expands for modes, parameters and references. Phone: a bottom sheet opened from the
 * bottom bar, a modal dialog while open. It is hidden with CSS, never unmounted, so a half-written prompt,
 * chosen parameters and picked images survive closing it.
 *
 * CreatePanel and the imagine form style their compact state from this element's `group/composer` and
 * `data-compact`, at lg only, so the first paint is already right on both sizes.
 */
export function Composer({ initialMode, imagine, openOnLoad }: Props) {
  const t = useTranslations("shell.composer");
  const desktop = useDesktop();
  const [open, setOpen] = useState(false);
  const [expanded, setExpanded] = useState(initialMode !== "imagine");
  const [announcement, setAnnouncement] = useState("");
  const sheetRef = useRef<HTMLElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const modal = open && !desktop;

  const focusPrompt = useCallback(() => {
    const sheet = sheetRef.current;
    if (!sheet) return;
    const prompt = sheet.querySelector<HTMLTextAreaElement>("#prompt-input");
    const target = prompt && prompt.getClientRects().length > 0 ? prompt : visibleFocusables(sheet)[0];
    target?.focus();
  }, []);

  const openComposer = useCallback(
    (event?: Event) => {
      // Tells the n / c shortcut that the composer took the key (it falls back to navigating here otherwise).
      event?.preventDefault();
      if ((event as CustomEvent<ComposeDetail> | undefined)?.detail?.expand) setExpanded(true);
      if (!window.matchMedia("(min-width: 64rem)").matches) {
        returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        // Synchronously: the focus below needs the sheet displayed, also when the event came from outside React.
        flushSync(() => setOpen(true));
      }
      // After the sheet is displayed: a display:none textarea cannot take focus.
      requestAnimationFrame(focusPrompt);
    },
    [focusPrompt],
  );

  const close = useCallback(() => {
    setOpen(false);
    const back = returnFocus.current?.isConnected
      ? returnFocus.current
      : document.querySelector<HTMLElement>('[data-testid="compose-open"]');
    back?.focus();
  }, []);

  useEffect(() => {
    window.addEventListener(COMPOSE_EVENT, openComposer);
    return () => window.removeEventListener(COMPOSE_EVENT, openComposer);
  }, [openComposer]);

  // The bottom bar's Create on another page links here with ?compose=1; a reused prompt opens the sheet too.
  useEffect(() => {
    const url = new URL(window.location.href);
    const asked = url.searchParams.get("compose") === "1";
    if (asked) {
      url.searchParams.delete("compose");
      window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
    }
    if (!asked && !openOnLoad) return;
    const frame = requestAnimationFrame(() => openComposer());
    return () => cancelAnimationFrame(frame);
  }, [openComposer, openOnLoad]);

  useEffect(() => {
    const onCreated = (event: Event) => {
      const { taskId } = (event as CustomEvent<CreatedDetail>).detail;
      // The form's own live region is inside the sheet that closes now; this one stays on the page.
      setAnnouncement(t("sent"));
      if (!window.matchMedia("(min-width: 64rem)").matches) close();
      revealTask(taskId);
    };
    window.addEventListener(CREATED_EVENT, onCreated);
    return () => window.removeEventListener(CREATED_EVENT, onCreated);
  }, [close, t]);

  // The page behind a modal sheet does not scroll under the finger.
  useEffect(() => {
    if (!modal) return;
    const root = document.documentElement;
    const previous = root.style.overflow;
    root.style.overflow = "hidden";
    return () => {
      root.style.overflow = previous;
    };
  }, [modal]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (!modal) return;
    if (event.key === "Escape" && !event.defaultPrevented) {
      event.stopPropagation();
      close();
      return;
    }
    if (event.key !== "Tab" || !sheetRef.current) return;
    // Focus stays inside the open sheet: Tab from the last control wraps to the first, Shift+Tab the other way.
    const items = visibleFocusables(sheetRef.current);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <>
      <div
        data-testid="composer"
        data-open={open}
        data-compact={!expanded}
        // Only the one-row bar sticks: expanded it would hide the gallery, so it scrolls away with the page.
        data-sticks-top={(desktop && !expanded) || undefined}
        className="group/composer max-lg:fixed max-lg:inset-0 max-lg:z-40 max-lg:flex max-lg:flex-col max-lg:justify-end max-lg:data-[open=false]:hidden lg:z-20 lg:-mx-1 lg:mb-3 lg:bg-zinc-50/95 lg:px-1 lg:py-2 lg:backdrop-blur lg:data-[compact=true]:sticky lg:data-[compact=true]:top-[calc(3.5rem+env(safe-area-inset-top))] dark:lg:bg-zinc-950/95"
      >
        {/* Pointer-only: the close button and Esc are the keyboard's ways out. */}
        {}
        <div aria-hidden className="absolute inset-0 bg-black/50 lg:hidden" onClick={close} />
        <section
          ref={sheetRef}
          role={modal ? "dialog" : undefined}
          aria-modal={modal || undefined}
          aria-labelledby={modal ? "composer-title" : undefined}
          aria-label={modal ? undefined : t("label")}
          onKeyDown={onKeyDown}
          className="relative max-lg:max-h-[92dvh] max-lg:overflow-y-auto max-lg:overscroll-contain max-lg:rounded-t-2xl max-lg:bg-zinc-50 max-lg:px-3 max-lg:pb-[max(1rem,env(safe-area-inset-bottom))] lg:flex lg:items-start lg:gap-2 dark:max-lg:bg-zinc-950"
        >
          <div className="sticky top-0 z-10 -mx-3 mb-2 flex items-center justify-between bg-zinc-50 px-3 pt-2 lg:hidden dark:bg-zinc-950">
            <h2 id="composer-title" className="text-base font-semibold">
              {t("title")}
            </h2>
            <button
              type="button"
              onClick={close}
              aria-label={t("close")}
              data-testid="composer-close"
              className="flex size-11 items-center justify-center rounded-full hover:bg-zinc-200 dark:hover:bg-zinc-800"
            >
              <NavIcon name="close" />
            </button>
          </div>
          <div className="min-w-0 flex-1">
            <CreatePanel initialMode={initialMode} imagine={imagine} />
          </div>
          <button
            type="button"
            aria-expanded={expanded}
            onClick={() => setExpanded((v) => !v)}
            data-testid="composer-expand"
            className="hidden min-h-12 shrink-0 items-center gap-1.5 rounded-xl border border-zinc-300 bg-white px-3 text-sm font-medium hover:bg-zinc-100 lg:flex dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800"
          >
            <NavIcon name="admin" className="size-4.5" />
            {t("more")}
          </button>
        </section>
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </>
  );
}

function visibleFocusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
}
