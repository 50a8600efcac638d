"use client";

import { useEffect, useRef, useState } from "react";

import {
  requestCompose,
  USE_REFERENCE_EVENT,
  type UseReferenceDetail,
} from "@/components/layout/studio-events";
import type { Words } from "@/components/task/status-words";
import { ApiError } from "@/lib/api-client";
import { DownscaleError, downscaleImage, isImageFile } from "@/lib/images/downscale";
import { createReference } from "@/lib/queries/references";
import {
  MAX_IMAGINE_REFERENCES,
  type ReferenceDto,
  type ReferenceRole,
  type TaskInputDto,
} from "@/lib/schemas/reference";

import type { ReferenceNoticeKey } from "../use-reference-images";
import { mergeIntoTray, readTray, type TrayReference, writeTray } from "./reference-tray-storage";

export type TrayNoticeKey = ReferenceNoticeKey;

function fromDto(
  ref: ReferenceDto,
  role: ReferenceRole = "image",
  weight: number | null = null,
): TrayReference {
  return { referenceId: ref.id, url: ref.url, width: ref.width, height: ref.height, role, weight };
}

function isReferenceRole(role: string): role is ReferenceRole {
  return role === "image" || role === "style" || role === "character" || role === "omni";
}

/**
 * The imagine form's references: server-side images with a role and a weight each. Files are downscaled in
 * the browser and stored on the server at once; the tray keeps only their ids (localStorage), so it outlives
 * submits and reloads until the member removes them.
 */
export function useReferenceTray(onChange: () => void) {
  const [items, setItems] = useState<TrayReference[]>([]);
  const [processing, setProcessing] = useState(0);
  const [notices, setNotices] = useState<Words<TrayNoticeKey>[]>([]);
  const [loaded, setLoaded] = useState(false);
  // The latest onChange without re-subscribing the event listener on every render.
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  });

  useEffect(() => {
    // Read after mount: the server render has no localStorage, and both renders must agree first.
    /* eslint-disable react-hooks/set-state-in-effect -- one-time restore from the browser's storage */
    setItems(readTray(window.localStorage));
    setLoaded(true);
    /* eslint-enable react-hooks/set-state-in-effect */
  }, []);

  useEffect(() => {
    // Not before the restore: writing the empty first state would erase what was kept.
    if (loaded) writeTray(window.localStorage, items);
  }, [items, loaded]);

  function put(added: readonly TrayReference[], found: Words<TrayNoticeKey>[]) {
    setItems((current) => {
      const { items: next, dropped } = mergeIntoTray(current, added);
      if (dropped > 0) {
        found.push({ key: "tooMany", values: { max: MAX_IMAGINE_REFERENCES, count: dropped } });
        setNotices([...found]);
      }
      return next;
    });
    changed.current();
  }

  async function add(files: readonly File[]): Promise<void> {
    const found: Words<TrayNoticeKey>[] = [];
    const images = files.filter((file) => {
      if (isImageFile(file)) return true;
      found.push({ key: "notImage", values: { name: file.name || "?" } });
      return false;
    });
    setNotices(found);
    if (images.length === 0) return;
    setProcessing((n) => n + images.length);
    const results = await Promise.allSettled(
      images.map(async (file) => createReference({ image: (await downscaleImage(file)).dataUrl })),
    );
    setProcessing((n) => n - images.length);
    const added: TrayReference[] = [];
    results.forEach((result, index) => {
      const name = images[index]?.name || "?";
      if (result.status === "fulfilled") return void added.push(fromDto(result.value));
      const reason: unknown = result.reason;
      if (reason instanceof DownscaleError) {
        found.push({ key: reason.reason === "too_large" ? "tooLarge" : "unreadable", values: { name } });
      } else {
        found.push({
          key: "uploadFailed",
          values: { name, reason: reason instanceof ApiError ? reason.message : "" },
        });
      }
    });
    setNotices([...found]);
    if (added.length > 0) put(added, found);
  }

  async function addFromTask(detail: UseReferenceDetail): Promise<void> {
    setProcessing((n) => n + 1);
    try {
      const ref = await createReference(
        detail.cell ? { taskId: detail.taskId, cell: detail.cell } : { taskId: detail.taskId },
      );
      put([fromDto(ref)], []);
      setNotices([]);
      // Show where it went: the sheet opens on phones, the prompt bar expands to its tray on desktop.
      requestCompose({ expand: true });
    } catch (error) {
      setNotices([
        { key: "uploadFailed", values: { name: "", reason: error instanceof ApiError ? error.message : "" } },
      ]);
    } finally {
      setProcessing((n) => n - 1);
    }
  }
  // The listener calls the latest addFromTask (it closes over fresh state setters only).
  const fromTask = useRef(addFromTask);
  useEffect(() => {
    fromTask.current = addFromTask;
  });
  useEffect(() => {
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<UseReferenceDetail>).detail;
      if (detail && typeof detail.taskId === "string") void fromTask.current(detail);
    };
    window.addEventListener(USE_REFERENCE_EVENT, listener);
    return () => window.removeEventListener(USE_REFERENCE_EVENT, listener);
  }, []);

  function update(referenceId: string, patch: Partial<Pick<TrayReference, "role" | "weight">>) {
    setItems((current) => current.map((i) => (i.referenceId === referenceId ? { ...i, ...patch } : i)));
    changed.current();
  }

  function remove(referenceId: string) {
    setItems((current) => current.filter((i) => i.referenceId !== referenceId));
    setNotices([]);
    changed.current();
  }

  /** Reuse: the tray becomes exactly the task's references (blend sources and the like are not references). */
  function replaceWith(inputs: readonly TaskInputDto[]) {
    const refs = inputs.flatMap((input) =>
      isReferenceRole(input.role) ? [fromDto(input.reference, input.role, input.weight)] : [],
    );
    setItems(mergeIntoTray([], refs).items);
    setNotices([]);
    changed.current();
  }

  return {
    items,
    processing,
    notices,
    add,
    remove,
    replaceWith,
    setRole: (id: string, role: ReferenceRole) => update(id, { role, weight: null }),
    setWeight: (id: string, weight: number | null) => update(id, { weight }),
    hasImagePrompt: items.some((i) => i.role === "image"),
    full: items.length + processing >= MAX_IMAGINE_REFERENCES,
  };
}

export type ReferenceTray = ReturnType<typeof useReferenceTray>;
