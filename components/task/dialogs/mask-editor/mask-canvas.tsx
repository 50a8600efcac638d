"use client";

import { type Dispatch, type SetStateAction, useEffect, useRef } from "react";

import { type Size, type View, zoomAt } from "./geometry";
import { renderShapes, type Shape } from "./shapes";
import { type MaskTool, useMaskPointer } from "./use-mask-pointer";

/** Violet reads as "selected" on photos of any colour; the canvas is half transparent so the image shows through. */
const OVERLAY_COLOR = "rgb(139 92 246)";

interface Props {
  imageUrl: string;
  imageAlt: string;
  natural: Size;
  shapes: readonly Shape[];
  tool: MaskTool;
  brushSize: number;
  view: View;
  setView: Dispatch<SetStateAction<View>>;
  onCommit: (shape: Shape) => void;
  onNaturalSize: (size: Size) => void;
}

/** The image with the mask overlay on top, inside a viewport that zooms and pans as one layer. */
export function MaskCanvas(props: Props) {
  const { natural, view, setView } = props;
  const viewportRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { draft, handlers } = useMaskPointer({ ...props, viewportRef });

  // The canvas works in natural pixels (CSS scales it), so the overlay and the export share coordinates.
  useEffect(() => {
    const ctx = canvasRef.current?.getContext("2d");
    if (!ctx) return;
    ctx.clearRect(0, 0, natural.width, natural.height);
    renderShapes(ctx, draft ? [...props.shapes, draft] : props.shapes, OVERLAY_COLOR);
  }, [props.shapes, draft, natural.width, natural.height]);

  // Wheel zoom needs a non-passive listener, or the page scrolls instead of zooming.
  useEffect(() => {
    const el = viewportRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const box = el.getBoundingClientRect();
      const at = { x: e.clientX - box.left, y: e.clientY - box.top };
      setView((v) => zoomAt(v, at, Math.exp(-e.deltaY / 400), box));
    };
    el.addEventListener("wheel", onWheel, { passive: false });
    return () => el.removeEventListener("wheel", onWheel);
  }, [setView]);

  const ratio = natural.width / natural.height;
  return (
    <div
      ref={viewportRef}
      data-testid="mask-viewport"
      className="relative mx-auto w-full touch-none overflow-hidden rounded-xl bg-zinc-100 ring-1 ring-zinc-200 select-none dark:bg-zinc-900 dark:ring-zinc-800"
      // Tall images must fit the screen: the width follows the height limit.
      style={{
        aspectRatio: `${natural.width} / ${natural.height}`,
        maxWidth: `min(100%, calc(65dvh * ${ratio}))`,
      }}
    >
      <div
        className="absolute inset-0 origin-top-left"
        style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- our own stored image; next/image would resize it */}
        <img
          src={props.imageUrl}
          alt={props.imageAlt}
          draggable={false}
          onLoad={(e) =>
            props.onNaturalSize({
              width: e.currentTarget.naturalWidth,
              height: e.currentTarget.naturalHeight,
            })
          }
          className="pointer-events-none size-full object-fill"
        />
        <canvas
          ref={canvasRef}
          data-testid="mask-canvas"
          width={natural.width}
          height={natural.height}
          {...handlers}
          className={
            props.tool === "eraser" || props.tool === "brush"
              ? "absolute inset-0 size-full cursor-crosshair touch-none opacity-55"
              : "absolute inset-0 size-full cursor-cell touch-none opacity-55"
          }
        />
      </div>
    </div>
  );
}
