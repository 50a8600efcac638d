"use client";

import { useReferenceImages } from "./use-reference-images";

/** One image slot (describe, face, target) on top of the reference hook: a new pick replaces the old one. */
export function useSingleImage(onChange: () => void) {
  const images = useReferenceImages(onChange);
  return {
    ...images,
    image: images.images[0] ?? null,
    /** The user removed the image: a different request from now on. */
    discard(): void {
      images.clear();
      onChange();
    },
    async pick(files: readonly File[]): Promise<void> {
      const first = files.slice(0, 1);
      if (first.length === 0) return;
      images.clear();
      await images.add(first);
    },
  };
}
