"use client";

import { type DragEvent, useEffect, useRef, useState } from "react";

const carriesFiles = (event: { dataTransfer: DataTransfer | null }) =>
  Boolean(event.dataTransfer && Array.from(event.dataTransfer.types).includes("Files"));

/** Drag-and-drop of files onto one element, with a highlight flag that survives dragging over its children. */
export function useDropZone(onFiles: (files: File[]) => void) {
  const [active, setActive] = useState(false);
  const depth = useRef(0);

  // A file dropped just beside the form would make the browser open it and lose the user's prompt.
  useEffect(() => {
    const swallow = (event: globalThis.DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    window.addEventListener("dragover", swallow);
    window.addEventListener("drop", swallow);
    return () => {
      window.removeEventListener("dragover", swallow);
      window.removeEventListener("drop", swallow);
    };
  }, []);

  const handlers = {
    onDragEnter(event: DragEvent) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setActive(true);
    },
    onDragOver(event: DragEvent) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
    },
    onDragLeave(event: DragEvent) {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setActive(false);
    },
    onDrop(event: DragEvent) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setActive(false);
      onFiles(Array.from(event.dataTransfer.files));
    },
  };

  return { active, handlers };
}
