"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { flushSync } from "react-dom";

import { apiBlob } from "@/lib/api-client";
import { createIntentKeyMap } from "@/lib/idempotency";
import { downscaleImage } from "@/lib/images/downscale";
import { useCreateImagine } from "@/lib/queries/tasks";
import type { TaskDto } from "@/lib/schemas/task";

/** Our stored copy of the picture, as the data URL a reference must be (downscaled to the API's limit). */
async function imageAsDataUrl(url: string): Promise<string> {
  return (await downscaleImage(await apiBlob(url))).dataUrl;
}

/**
 * "Imagine this" under a describe / shorten result: a plain imagine with that prompt (no Midjourney dialog).
 * Each card (with or without the image) is its own intent; a retried press keeps its idempotency key.
 */
export function useImagineResult(task: TaskDto) {
  const router = useRouter();
  const create = useCreateImagine();
  const [keys] = useState(() => createIntentKeyMap());
  const inFlight = useRef(false);
  const [pending, setPending] = useState<number | null>(null);
  const [imageFailed, setImageFailed] = useState(false);

  async function imagine(index: number, prompt: string, withImage: boolean) {
    if (inFlight.current) return;
    inFlight.current = true;
    flushSync(() => {
      setPending(index);
      setImageFailed(false);
    });
    const release = () => {
      inFlight.current = false;
      setPending(null);
    };
    let references: string[] = [];
    if (withImage && task.image) {
      try {
        references = [await imageAsDataUrl(task.image.url)];
      } catch {
        setImageFailed(true);
        release();
        return;
      }
    }
    const intent = `${index}:${withImage ? "image" : "text"}`;
    create.mutate(
      { prompt, botType: task.botType, references, idempotencyKey: keys.current(intent) },
      {
        onSuccess: (child) => {
          keys.reset(intent);
          // Stays locked until the new task's page replaces this one, so a second tap cannot start another job.
          router.push(`/tasks/${child.id}`);
        },
        onError: release,
      },
    );
  }

  return { imagine, pending, error: pending === null ? create.error : null, imageFailed };
}
