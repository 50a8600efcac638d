import "server-only";

import { type TaskExportEntry, type TaskExportMeta, type TaskZipOptions, TaskZipWriter } from "./task-zip";

// The download route's zip, produced as the browser reads it. A pull-based stream: a task's image is read
// from storage only when the consumer asks for more and everything before it was handed over, so a slow (or
// stalled) client holds at most one image in memory, never the whole archive. Ten parallel exports of 28 MB
// used to take the server from 325 MB to 1.24 GB.

export interface TaskExportSource {
  meta: TaskExportMeta;
  /** Called only when the zip reaches this task. null = no stored image (describe, failed, missing file). */
  loadImage(): Promise<TaskExportEntry["image"]>;
  /** A VIDEO task's stored clips, read with its poster; absent for everything else. */
  loadVideos?(): Promise<NonNullable<TaskExportEntry["videos"]>>;
}

export interface TaskZipStreamHooks {
  /** Exactly once, when the stream ends, fails or the client goes away: the place to release a slot. */
  onClose?: () => void;
}

export function streamTaskZip(
  sources: readonly TaskExportSource[],
  options: TaskZipOptions,
  hooks: TaskZipStreamHooks = {},
): ReadableStream<Uint8Array> {
  let pending: Uint8Array[] = [];
  const writer = new TaskZipWriter(options, (chunk) => pending.push(chunk));
  let next = 0;
  let finished = false;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    hooks.onClose?.();
  };

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          // One task per step; a step can yield no bytes only for an empty selection's first call.
          while (pending.length === 0 && !finished) {
            const source = sources[next++];
            if (source) {
              const image = await source.loadImage();
              writer.addTask({ meta: source.meta, image, videos: (await source.loadVideos?.()) ?? [] });
            } else {
              writer.finish();
              finished = true;
            }
          }
          const ready = pending;
          pending = [];
          for (const chunk of ready) controller.enqueue(chunk);
          if (finished) {
            controller.close();
            close();
          }
        } catch (error) {
          controller.error(error);
          close();
        }
      },
      cancel() {
        pending = [];
        close();
      },
    },
    // Nothing is produced ahead of a read: the consumer's pace is the zip's pace.
    { highWaterMark: 0 },
  );
}
