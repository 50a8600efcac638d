"use client";

import { useRef, useState } from "react";

import type { Words } from "@/components/task/status-words";
import { DownscaleError, type DownscaledImage, downscaleImage, isImageFile } from "@/lib/images/downscale";
import { MAX_REFERENCES } from "@/lib/schemas/task-input";

export interface ReferenceImage extends DownscaledImage {
  id: string;
  name: string;
}

export type ReferenceNoticeKey = "notImage" | "unreadable" | "tooLarge" | "tooMany" | "uploadFailed";
/** What went wrong with the last files added, for the form's live region. */
export type ReferenceNotices = readonly Words<ReferenceNoticeKey>[];

/**
 * Reference images of the prompt form: validated, downscaled in the browser, capped at MAX_REFERENCES.
 * `onChange` fires whenever the set changes, so the form can start a new submit intent.
 */
export function useReferenceImages(onChange: () => void) {
  const [images, setImages] = useState<ReferenceImage[]>([]);
  const [processing, setProcessing] = useState(0);
  const [notices, setNotices] = useState<Words<ReferenceNoticeKey>[]>([]);
  // Slots taken by kept images plus those still being downscaled; a ref because several adds can overlap.
  const taken = useRef(0);
  const nextId = useRef(0);

  async function add(files: readonly File[]): Promise<void> {
    const found: Words<ReferenceNoticeKey>[] = [];
    const candidates = files.filter((file) => {
      if (isImageFile(file)) return true;
      found.push({ key: "notImage", values: { name: file.name || "?" } });
      return false;
    });
    const accepted = candidates.slice(0, Math.max(0, MAX_REFERENCES - taken.current));
    if (accepted.length < candidates.length) {
      found.push({
        key: "tooMany",
        values: { max: MAX_REFERENCES, count: candidates.length - accepted.length },
      });
    }
    setNotices(found);
    if (accepted.length === 0) return;

    taken.current += accepted.length;
    setProcessing((n) => n + accepted.length);
    const results = await Promise.allSettled(accepted.map((file) => downscaleImage(file)));
    const added: ReferenceImage[] = [];
    results.forEach((result, index) => {
      const name = accepted[index]?.name || "?";
      if (result.status === "fulfilled") {
        added.push({ ...result.value, id: `ref-${++nextId.current}`, name });
        return;
      }
      taken.current -= 1;
      const tooLarge = result.reason instanceof DownscaleError && result.reason.reason === "too_large";
      found.push({ key: tooLarge ? "tooLarge" : "unreadable", values: { name } });
    });
    setProcessing((n) => n - accepted.length);
    setNotices([...found]);
    if (added.length > 0) {
      setImages((current) => [...current, ...added]);
      onChange();
    }
  }

  function remove(id: string): void {
    taken.current = Math.max(0, taken.current - 1);
    setImages((current) => current.filter((image) => image.id !== id));
    setNotices([]);
    onChange();
  }

  /** Removes the given images (all when omitted). */
  function clear(only?: readonly ReferenceImage[]): void {
    const ids = only ? new Set(only.map((image) => image.id)) : null;
    const removed = ids ? images.filter((image) => ids.has(image.id)).length : images.length;
    taken.current = Math.max(0, taken.current - removed);
    setImages((current) => (ids ? current.filter((image) => !ids.has(image.id)) : []));
    setNotices([]);
  }

  return {
    images,
    processing,
    notices,
    add,
    remove,
    clear,
    full: images.length + processing >= MAX_REFERENCES,
  };
}
