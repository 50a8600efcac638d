"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { COMPOSE_EVENT } from "@/components/layout/studio-events";

import { lightboxOpen, otherDialogOpen } from "./open-dialogs";
import { isTypingTarget, NO_SEQUENCE, parseShortcut } from "./shortcut-keys";
import { ShortcutsDialog } from "./shortcuts-dialog";

/**
 * The studio's one keydown handler for page-wide shortcuts (mounted once in the studio layout): `/` search,
 * `n` / `c` a new prompt, `?` the list of shortcuts. The lightbox adds its own keys while open
 * (components/lightbox/lightbox-body.tsx) from the same parser, and another open dialog takes every key.
 */
export function GlobalShortcuts() {
  const [helpOpen, setHelpOpen] = useState(false);
  const router = useRouter();

  useEffect(() => {
    let sequence = NO_SEQUENCE;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || otherDialogOpen()) return;
      const context = lightboxOpen() ? "lightbox" : "page";
      const typing = isTypingTarget(event.target as HTMLElement | null);
      const result = parseShortcut(event, context, sequence, event.timeStamp, typing);
      sequence = result.state;
      const action = result.action;
      if (!action) return;
      if (action.kind === "help") {
        event.preventDefault();
        setHelpOpen(true);
      } else if (action.kind === "search") {
        const search = document.querySelector<HTMLElement>('[data-shortcut="search"]');
        if (!search) return;
        event.preventDefault(); // or the "/" would be typed into the field
        search.focus();
        search.scrollIntoView({ block: "nearest" });
      } else if (action.kind === "compose") {
        event.preventDefault();
        compose(() => router.push("/?compose=1"));
      }
    };
    window.addEventListener("keydown", onKey);
    // Says the keys work from now on (tests wait for it rather than racing hydration).
    document.body.dataset.shortcuts = "on";
    return () => {
      window.removeEventListener("keydown", onKey);
      delete document.body.dataset.shortcuts;
    };
  }, [router]);

  return helpOpen ? <ShortcutsDialog onClose={() => setHelpOpen(false)} /> : null;
}

/**
 * Asks the composer to open (it calls preventDefault() to say it did). Pages without one (collections, usage…)
 * go to the studio with the composer open, as the bottom bar's Create does there.
 */
function compose(goToStudio: () => void): void {
  const handled = !window.dispatchEvent(new CustomEvent(COMPOSE_EVENT, { cancelable: true }));
  if (!handled) goToStudio();
}
