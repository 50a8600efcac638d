"use client";

import { type PointerEvent as ReactPointerEvent, type RefObject, useRef, useState } from "react";

import {
  appendPoint,
  clientToImage,
  closeLasso,
  displayToNaturalLength,
  type Pinch,
  pinchView,
  type Point,
  rectFromDrag,
  type Size,
  type View,
} from "./geometry";
import type { Shape } from "./shapes";

export type MaskTool = "brush" | "eraser" | "rectangle" | "lasso";

type Gesture =
  { kind: "draw"; pointerId: number; start: Point } | { kind: "pinch"; from: Pinch; view: View } | null;

interface Options {
  tool: MaskTool;
  /** Brush diameter in CSS pixels as seen on screen (so zooming in gives finer strokes). */
  brushSize: number;
  natural: Size;
  viewportRef: RefObject<HTMLDivElement | null>;
  view: View;
  setView: (view: View) => void;
  onCommit: (shape: Shape) => void;
}

/**
 * Pointer input for the mask canvas. Mouse, pen and one finger draw; a second finger turns the gesture into a
 * pinch-zoom/pan and throws the half-drawn shape away (it was the start of a pinch, not a stroke).
 */
export function useMaskPointer({ tool, brushSize, natural, viewportRef, view, setView, onCommit }: Options) {
  const pointers = useRef(new Map<number, Point>());
  const gesture = useRef<Gesture>(null);
  const draftRef = useRef<Shape | null>(null);
  const [draft, setDraftState] = useState<Shape | null>(null);

  const setDraft = (shape: Shape | null) => {
    draftRef.current = shape;
    setDraftState(shape);
  };

  const local = (e: ReactPointerEvent): Point => {
    const box = viewportRef.current?.getBoundingClientRect();
    return { x: e.clientX - (box?.left ?? 0), y: e.clientY - (box?.top ?? 0) };
  };
  const viewportSize = (): Size => {
    const box = viewportRef.current?.getBoundingClientRect();
    return { width: box?.width ?? 1, height: box?.height ?? 1 };
  };
  const currentPinch = (): Pinch | null => {
    const [a, b] = [...pointers.current.values()];
    return a && b ? { a, b } : null;
  };

  function onPointerDown(e: ReactPointerEvent<HTMLCanvasElement>) {
    if (e.pointerType === "mouse" && e.button !== 0) return;
    e.preventDefault();
    try {
      e.currentTarget.setPointerCapture(e.pointerId);
    } catch {
      // Synthetic or already-released pointers cannot be captured; drawing still works without capture.
    }
    pointers.current.set(e.pointerId, local(e));
    if (pointers.current.size === 2) {
      const from = currentPinch();
      setDraft(null);
      gesture.current = from ? { kind: "pinch", from, view } : null;
      return;
    }
    if (pointers.current.size > 2 || gesture.current) return;
    const box = e.currentTarget.getBoundingClientRect();
    const p = clientToImage({ x: e.clientX, y: e.clientY }, box, natural);
    gesture.current = { kind: "draw", pointerId: e.pointerId, start: p };
    if (tool === "brush" || tool === "eraser") {
      const size = Math.max(1, displayToNaturalLength(brushSize, box, natural));
      setDraft({ kind: "stroke", erase: tool === "eraser", size, points: [p] });
    } else if (tool === "rectangle") setDraft({ kind: "rect", x: p.x, y: p.y, w: 0, h: 0 });
    else setDraft({ kind: "lasso", points: [p] });
  }

  function onPointerMove(e: ReactPointerEvent<HTMLCanvasElement>) {
    if (!pointers.current.has(e.pointerId)) return;
    pointers.current.set(e.pointerId, local(e));
    const g = gesture.current;
    if (g?.kind === "pinch") {
      const to = currentPinch();
      if (to) setView(pinchView(g.view, g.from, to, viewportSize()));
      return;
    }
    const shape = draftRef.current;
    if (g?.kind !== "draw" || g.pointerId !== e.pointerId || !shape) return;
    const box = e.currentTarget.getBoundingClientRect();
    // Coalesced events keep fast pen and finger strokes smooth where the browser batches moves per frame.
    const events = e.nativeEvent.getCoalescedEvents?.() ?? [];
    const points = (events.length > 0 ? events : [e]).map((ev) =>
      clientToImage({ x: ev.clientX, y: ev.clientY }, box, natural),
    );
    const minGap = natural.width / box.width;
    if (shape.kind === "rect") {
      const last = points.at(-1)!;
      setDraft({ kind: "rect", ...rectFromDrag(g.start, last, natural) });
    } else {
      let next = shape.points;
      for (const p of points) next = appendPoint(next, p, minGap);
      if (next !== shape.points) setDraft({ ...shape, points: next });
    }
  }

  function onPointerEnd(e: ReactPointerEvent<HTMLCanvasElement>) {
    if (!pointers.current.delete(e.pointerId)) return;
    const g = gesture.current;
    if (g?.kind === "pinch") {
      // The finger left on the glass after a pinch must not start drawing.
      if (pointers.current.size === 0) gesture.current = null;
      return;
    }
    if (g?.kind !== "draw" || g.pointerId !== e.pointerId) return;
    gesture.current = null;
    const shape = draftRef.current;
    setDraft(null);
    if (!shape) return;
    if (shape.kind === "rect") {
      if (shape.w >= 1 && shape.h >= 1) onCommit(shape);
    } else if (shape.kind === "lasso") {
      const closed = closeLasso(shape.points);
      if (closed) onCommit({ kind: "lasso", points: closed });
    } else onCommit(shape);
  }

  return {
    draft,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: onPointerEnd,
      onPointerCancel: onPointerEnd,
    },
  };
}
