import type { GridCell } from "@/lib/task-grid";

/** What the composer (components/create) hears when an image should become a reference. */
export interface UseReferenceDetail {
  taskId: string;
  /** One of a grid's four images, or undefined for the whole image. */
  cell: GridCell | undefined;
}

export const USE_REFERENCE_EVENT = "studio:use-reference";

/** Hands a gallery image to the composer, which owns references (it listens for this event on window). */
export function sendReference(detail: UseReferenceDetail): void {
  window.dispatchEvent(new CustomEvent<UseReferenceDetail>(USE_REFERENCE_EVENT, { detail }));
}
