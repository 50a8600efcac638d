"use client";

import { useTranslations } from "next-intl";
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from "react";

import { cn } from "@/components/common/cn";
import { type EditImageDetail, EDIT_IMAGE_EVENT, requestCompose } from "@/components/layout/studio-events";

import { AnimateForm } from "./animate-form";
import { BlendForm } from "./blend-form";
import { DescribeForm } from "./describe-form";
import { EditorForm, type EditorPreset } from "./editor/editor-form";
import { type CreateMode, createModes, urlWithMode } from "./modes";
import { ShortenForm } from "./shorten-form";
import { SwapFaceForm } from "./swap-face-form";
import { useAnimateRequests } from "./use-animate-requests";
import { useImageHandoff } from "./use-image-handoff";
import { useSelectedTabInView } from "./use-selected-tab-in-view";

interface Props {
  initialMode: CreateMode;
  /** The imagine form, rendered by the page (it is keyed by the reused prompt there). */
  imagine: ReactNode;
}

/** The create-mode switch: a tablist (scrollable on phones) over Imagine, Describe, Blend, Shorten, Face swap. */
export function CreatePanel({ initialMode, imagine }: Props) {
  const t = useTranslations("create.modes");
  const [mode, setMode] = useState(initialMode);
  const tabs = useRef(new Map<CreateMode, HTMLButtonElement>());
  function choose(next: CreateMode) {
    setMode(next);
    // A tab chosen with the keyboard may sit outside the phone's scrolled strip.
    tabs.current.get(next)?.scrollIntoView({ block: "nearest", inline: "nearest" });
    // No navigation: a server round-trip would reload the gallery just to switch a form.
    window.history.replaceState(window.history.state, "", urlWithMode(window.location.href, next));
  }

  // The lightbox's Edit / Retexture: that mode opens with the image preset (a new nonce loads it again).
  const [editorPreset, setEditorPreset] = useState<EditorPreset | null>(null);
  // The preset that just arrived and still owes the focus move (not repeated by a later tab switch).
  const [arrival, setArrival] = useState<number | null>(null);
  const chooseRef = useRef(choose);
  useEffect(() => {
    chooseRef.current = choose;
  });
  useEffect(() => {
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<EditImageDetail>).detail;
      if (!detail || typeof detail.taskId !== "string") return;
      chooseRef.current(detail.mode);
      const nonce = Date.now();
      setEditorPreset({ taskId: detail.taskId, cell: detail.cell, nonce });
      setArrival(nonce);
      requestCompose({ expand: true });
    };
    window.addEventListener(EDIT_IMAGE_EVENT, listener);
    return () => window.removeEventListener(EDIT_IMAGE_EVENT, listener);
  }, []);
  const animatePreset = useAnimateRequests(() => choose("animate"));
  useImageHandoff(initialMode);
  const strip = useRef<HTMLDivElement>(null);
  useSelectedTabInView(strip, mode, (key) => tabs.current.get(key as CreateMode));

  // WAI-ARIA tabs: arrows move between tabs (and select them), Home/End jump to the ends.
  function onKeyDown(event: KeyboardEvent) {
    const i = createModes.indexOf(mode);
    const last = createModes.length - 1;
    const target =
      event.key === "ArrowRight"
        ? i === last
          ? 0
          : i + 1
        : event.key === "ArrowLeft"
          ? i === 0
            ? last
            : i - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    const next = createModes[target] ?? "imagine";
    choose(next);
    tabs.current.get(next)?.focus();
  }

  return (
    // contain: long file names or a wide form never widen the page column on phones.
    <div className="space-y-3 [contain:inline-size] lg:group-data-[compact=true]/composer:space-y-0">
      <div
        ref={strip}
        role="tablist"
        aria-label={t("label")}
        onKeyDown={onKeyDown}
        // Fits 390 px phones in English; longer translations or larger text scroll instead of widening the page.
        // The desktop's collapsed prompt bar (Composer) is imagine only: no modes until it is expanded.
        className="flex [scrollbar-width:none] gap-0.5 overflow-x-auto rounded-xl bg-zinc-200/70 p-1 [contain:inline-size] lg:group-data-[compact=true]/composer:hidden dark:bg-zinc-800"
      >
        {createModes.map((m) => (
          <button
            key={m}
            ref={(el) => {
              if (el) tabs.current.set(m, el);
              else tabs.current.delete(m);
            }}
            type="button"
            role="tab"
            id={`create-tab-${m}`}
            aria-selected={mode === m}
            aria-controls={`create-panel-${m}`}
            tabIndex={mode === m ? 0 : -1}
            onClick={() => choose(m)}
            className={cn(
              "min-h-11 flex-1 shrink-0 rounded-lg px-1.5 text-sm font-medium whitespace-nowrap",
              mode === m
                ? "bg-violet-600 text-white shadow-sm"
                : "text-zinc-600 hover:bg-white/70 dark:text-zinc-400 dark:hover:bg-zinc-900",
            )}
          >
            {t(m)}
          </button>
        ))}
      </div>
      {/* The imagine form stays mounted so a half-written prompt survives a look at another mode. */}
      {/* Hidden with a class, not the attribute: the collapsed desktop bar shows imagine whatever the mode. */}
      <div
        role="tabpanel"
        id="create-panel-imagine"
        aria-labelledby="create-tab-imagine"
        className={cn(mode !== "imagine" && "hidden lg:group-data-[compact=true]/composer:block")}
      >
        {imagine}
      </div>
      {mode !== "imagine" ? (
        <div
          role="tabpanel"
          id={`create-panel-${mode}`}
          aria-labelledby={`create-tab-${mode}`}
          data-create-mode={mode}
          className="rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm lg:group-data-[compact=true]/composer:hidden dark:border-zinc-800 dark:bg-zinc-900"
        >
          {mode === "describe" ? <DescribeForm /> : null}
          {mode === "blend" ? <BlendForm /> : null}
          {mode === "shorten" ? <ShortenForm /> : null}
          {mode === "swap" ? <SwapFaceForm /> : null}
          {mode === "edit" || mode === "retexture" ? (
            <EditorForm
              key={mode}
              mode={mode}
              preset={editorPreset}
              focusOnArrival={arrival !== null && arrival === editorPreset?.nonce}
              onArrived={() => setArrival(null)}
            />
          ) : null}
          {mode === "animate" ? <AnimateForm preset={animatePreset} /> : null}
        </div>
      ) : null}
    </div>
  );
}
