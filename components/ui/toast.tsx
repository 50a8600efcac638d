"use client";

import { useTranslations } from "next-intl";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";

import { cn } from "@/components/common/cn";

/** Long enough to read a sentence and reach Undo; paused while the pointer or focus is on the toast. */
const SHOW_MS = 7000;
/** More would cover the gallery; the oldest goes first. */
const MAX_TOASTS = 3;

export interface ToastAction {
  label: string;
  /** May be async: the toast shows it as busy and closes when it settles. */
  run: () => unknown;
}

export interface ToastInput {
  message: string;
  action?: ToastAction;
  tone?: "neutral" | "success" | "error";
}

interface ToastItem extends ToastInput {
  id: number;
}

interface ToastApi {
  show: (toast: ToastInput) => number;
  dismiss: (id: number) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

/** `show()` a short message with an optional action (Undo); works anywhere inside the studio. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error("useToast must be used inside <ToastProvider>");
  return api;
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useTranslations("toast");
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);
  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    setToasts((all) => [...all, { ...toast, id }].slice(-MAX_TOASTS));
    return id;
  }, []);
  const api = useMemo(() => ({ show, dismiss }), [show, dismiss]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      {/* Always in the page, so screen readers already watch it when the first message arrives. */}
      <section
        aria-label={t("region")}
        // Above the phone's bottom bar (about 80 px) and the home indicator; lower on wider screens.
        className="pointer-events-none fixed inset-x-0 bottom-[max(5rem,calc(env(safe-area-inset-bottom)+4.5rem))] z-50 flex justify-center px-3 sm:bottom-6"
      >
        <ol aria-live="polite" className="flex w-full max-w-md flex-col gap-2" data-testid="toasts">
          {toasts.map((toast) => (
            <Toast
              key={toast.id}
              toast={toast}
              onClose={() => dismiss(toast.id)}
              dismissLabel={t("dismiss")}
            />
          ))}
        </ol>
      </section>
    </ToastContext.Provider>
  );
}

const tones = {
  neutral: "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900",
  success: "bg-emerald-800 text-white dark:bg-emerald-200 dark:text-emerald-950",
  error: "bg-red-800 text-white dark:bg-red-200 dark:text-red-950",
} as const;

function Toast({
  toast,
  onClose,
  dismissLabel,
}: {
  toast: ToastItem;
  onClose: () => void;
  dismissLabel: string;
}) {
  const [paused, setPaused] = useState(false);
  const [busy, setBusy] = useState(false);
  const remaining = useRef(SHOW_MS);

  // Counts down only while nobody is looking at or focused on it; pausing keeps the time left.
  useEffect(() => {
    if (paused || busy) return;
    const started = Date.now();
    const timer = window.setTimeout(onClose, remaining.current);
    return () => {
      window.clearTimeout(timer);
      remaining.current = Math.max(0, remaining.current - (Date.now() - started));
    };
  }, [paused, busy, onClose]);

  async function act(action: ToastAction) {
    setBusy(true);
    try {
      await action.run();
    } finally {
      onClose();
    }
  }

  return (
    <li
      data-testid="toast"
      data-tone={toast.tone ?? "neutral"}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setPaused(false);
      }}
      className={cn(
        "pointer-events-auto flex items-center gap-1 rounded-xl py-1 pr-1 pl-4 text-sm shadow-lg",
        tones[toast.tone ?? "neutral"],
      )}
    >
      <p className="min-w-0 flex-1 py-2">{toast.message}</p>
      {toast.action ? (
        <button
          type="button"
          disabled={busy}
          aria-busy={busy || undefined}
          onClick={() => void act(toast.action!)}
          className="min-h-11 shrink-0 rounded-lg px-3 font-semibold underline-offset-2 hover:underline disabled:opacity-60"
        >
          {toast.action.label}
        </button>
      ) : null}
      <button
        type="button"
        onClick={onClose}
        aria-label={dismissLabel}
        className="inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-lg opacity-80 hover:opacity-100"
      >
        <span aria-hidden>×</span>
      </button>
    </li>
  );
}
