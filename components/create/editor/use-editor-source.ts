"use client";

import { useEffect, useState } from "react";

import type { UseReferenceDetail } from "@/components/layout/studio-events";
import { createReference } from "@/lib/queries/references";

import { useSingleImage } from "../use-single-image";

/** An image taken from the gallery: kept on the server as a reference (POST /api/references) and sent by id. */
export interface GalleryImage {
  referenceId: string;
  url: string;
  width: number;
  height: number;
}

/** What the editor works on: the upload's data URL or the gallery reference, with its size and a URL to show. */
export type EditorImage =
  | { kind: "upload"; url: string; width: number; height: number; dataUrl: string }
  | ({ kind: "gallery" } & GalleryImage);

/**
 * The editor's image: picked from files (upload) or preset from the gallery (the lightbox's Edit / Retexture).
 * A new pick replaces the other; every change starts a new intent (`onChange`).
 */
export function useEditorSource(
  preset: (UseReferenceDetail & { nonce: number }) | null,
  onChange: () => void,
) {
  const upload = useSingleImage(onChange);
  // What the latest preset brought (by its nonce): the image, or why it could not be taken.
  const [fromGallery, setFromGallery] = useState<{
    nonce: number;
    image: GalleryImage | null;
    error: unknown;
  } | null>(null);
  const loading = preset !== null && fromGallery?.nonce !== preset.nonce;
  const gallery = fromGallery?.image ?? null;

  useEffect(() => {
    if (!preset) return;
    let live = true;
    const { nonce } = preset;
    createReference(preset.cell ? { taskId: preset.taskId, cell: preset.cell } : { taskId: preset.taskId })
      .then((ref) => {
        if (!live) return;
        upload.discard();
        const image = { referenceId: ref.id, url: ref.url, width: ref.width, height: ref.height };
        setFromGallery({ nonce, image, error: null });
      })
      .catch((error: unknown) => live && setFromGallery({ nonce, image: null, error }));
    return () => {
      live = false;
    };
    // Only a new preset (its nonce) loads an image; the upload slot's identity changes every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [preset?.nonce]);

  const image: EditorImage | null = upload.image
    ? {
        kind: "upload",
        url: upload.image.dataUrl,
        width: upload.image.width,
        height: upload.image.height,
        dataUrl: upload.image.dataUrl,
      }
    : gallery
      ? { kind: "gallery", ...gallery }
      : null;

  return {
    upload,
    image,
    loading,
    error: fromGallery?.error ?? null,
    async pick(files: readonly File[]) {
      setFromGallery((last) => last && { ...last, image: null });
      await upload.pick(files);
    },
    clear() {
      setFromGallery((last) => last && { ...last, image: null });
      upload.discard();
    },
  };
}
