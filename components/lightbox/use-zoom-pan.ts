"use client";

import {
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
  useEffect,
  useRef,
  useState,
} from "react";

import { clampView, DOUBLE_TAP_SCALE, FIT, swipeDirection, type View, zoomAbout } from "./zoom-math";

interface Pointer {
  x: number;
  y: number;
  startX: number;
  startY: number;
  type: string;
}

/**
 * Zoom (double-click or double-tap, wheel, pinch, the +/− keys through `zoomBy`) and pan (drag while zoomed) of
 * the image in `stage`; a swipe on an unzoomed image calls `onSwipe` instead, so touch moves through the gallery.
 * Pointer events serve mouse, pen and touch alike; `touch-action: none` on the stage hands us the gestures.
 */
export function useZoomPan(
  stage: RefObject<HTMLElement | null>,
  onSwipe: (direction: "next" | "previous") => void,
) {
  const [view, setView] = useState<View>(FIT);
  const pointers = useRef(new Map<number, Pointer>());
  const pinch = useRef<{ distance: number; scale: number } | null>(null);
  const lastTap = useRef<{ at: number; x: number; y: number } | null>(null);
  const lastPointerType = useRef("mouse");

  const size = () => {
    const box = stage.current?.getBoundingClientRect();
    return { width: box?.width ?? 1, height: box?.height ?? 1, left: box?.left ?? 0, top: box?.top ?? 0 };
  };
  /** A client point relative to the stage's centre. */
  const fromCentre = (clientX: number, clientY: number) => {
    const box = size();
    return { x: clientX - box.left - box.width / 2, y: clientY - box.top - box.height / 2 };
  };

  const toggleAt = (clientX: number, clientY: number) =>
    setView((current) =>
      current.scale > 1 ? FIT : zoomAbout(current, DOUBLE_TAP_SCALE, fromCentre(clientX, clientY), size()),
    );

  // The wheel must be a non-passive listener to keep the page from scrolling behind the dialog.
  useEffect(() => {
    const element = stage.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const factor = Math.exp(-event.deltaY * 0.002);
      const point = fromCentre(event.clientX, event.clientY);
      setView((current) => zoomAbout(current, current.scale * factor, point, size()));
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the helpers read the stage ref when called
  }, [stage]);

  function onPointerDown(event: ReactPointerEvent) {
    if (event.button !== 0) return;
    lastPointerType.current = event.pointerType;
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    const { clientX: x, clientY: y } = event;
    pointers.current.set(event.pointerId, { x, y, startX: x, startY: y, type: event.pointerType });
    if (pointers.current.size === 2) {
      const [a, b] = [...pointers.current.values()] as [Pointer, Pointer];
      pinch.current = { distance: Math.hypot(a.x - b.x, a.y - b.y) || 1, scale: view.scale };
    }
  }

  function onPointerMove(event: ReactPointerEvent) {
    const pointer = pointers.current.get(event.pointerId);
    if (!pointer) return;
    const dx = event.clientX - pointer.x;
    const dy = event.clientY - pointer.y;
    pointer.x = event.clientX;
    pointer.y = event.clientY;
    if (pointers.current.size === 2 && pinch.current) {
      const [a, b] = [...pointers.current.values()] as [Pointer, Pointer];
      const scale = (pinch.current.scale * Math.hypot(a.x - b.x, a.y - b.y)) / pinch.current.distance;
      const middle = fromCentre((a.x + b.x) / 2, (a.y + b.y) / 2);
      setView((current) => zoomAbout(current, scale, middle, size()));
    } else if (pointers.current.size === 1 && view.scale > 1) {
      setView((current) => clampView({ ...current, x: current.x + dx, y: current.y + dy }, size()));
    }
  }

  function onPointerUp(event: ReactPointerEvent) {
    const pointer = pointers.current.get(event.pointerId);
    if (!pointer) return;
    const wasPinch = pinch.current !== null;
    pointers.current.delete(event.pointerId);
    if (pointers.current.size < 2) pinch.current = null;
    if (wasPinch || pointers.current.size > 0) return;
    const dx = event.clientX - pointer.startX;
    const dy = event.clientY - pointer.startY;
    if (view.scale === 1 && pointer.type !== "mouse") {
      const direction = swipeDirection(dx, dy, size().width);
      if (direction) return onSwipe(direction);
    }
    // Double-tap on touch (a mouse has dblclick): two short taps close together in time and place.
    if (pointer.type === "touch" && Math.hypot(dx, dy) < 10) {
      const now = performance.now();
      const last = lastTap.current;
      if (last && now - last.at < 300 && Math.hypot(event.clientX - last.x, event.clientY - last.y) < 30) {
        lastTap.current = null;
        return toggleAt(event.clientX, event.clientY);
      }
      lastTap.current = { at: now, x: event.clientX, y: event.clientY };
    }
  }

  return {
    view,
    reset: () => setView(FIT),
    zoomBy: (factor: number) =>
      setView((current) => zoomAbout(current, current.scale * factor, { x: 0, y: 0 }, size())),
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel: onPointerUp,
      // Touch double-taps are counted above; the browser may also send them as dblclick.
      onDoubleClick: (event: ReactMouseEvent) => {
        if (lastPointerType.current !== "touch") toggleAt(event.clientX, event.clientY);
      },
    },
  };
}
