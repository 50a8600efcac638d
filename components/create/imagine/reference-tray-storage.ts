// The reference tray in localStorage: only ids, roles and weights of server-side references (plus their size
// and route for the thumbnail), never image bytes, so it stays tiny and survives reloads and submits.
import { z } from "zod";

import { MAX_IMAGINE_REFERENCES, ReferenceRole } from "@/lib/schemas/reference";

export const TRAY_STORAGE_KEY = "mj-studio:reference-tray";

export const TrayReference = z.object({
  referenceId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  url: z.string().regex(/^\/api\/references\/[A-Za-z0-9_-]+\/image$/),
  width: z.number(),
  height: z.number(),
  role: ReferenceRole,
  weight: z.number().nullable(),
});
export type TrayReference = z.infer<typeof TrayReference>;

const StoredTray = z.array(TrayReference).max(MAX_IMAGINE_REFERENCES);

/** What was kept, or nothing when it is missing, unreadable or from an older shape. */
export function readTray(storage: Pick<Storage, "getItem"> | undefined): TrayReference[] {
  try {
    const parsed = StoredTray.safeParse(JSON.parse(storage?.getItem(TRAY_STORAGE_KEY) ?? "[]"));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function writeTray(
  storage: Pick<Storage, "setItem"> | undefined,
  items: readonly TrayReference[],
): void {
  try {
    storage?.setItem(TRAY_STORAGE_KEY, JSON.stringify(items));
  } catch {
    // Private mode or a full quota: the tray still works for this page.
  }
}

/** Adds references not already in the tray (by id), up to the limit; returns the new list and how many fit. */
export function mergeIntoTray(
  current: readonly TrayReference[],
  added: readonly TrayReference[],
): { items: TrayReference[]; dropped: number } {
  const items = [...current];
  let dropped = 0;
  for (const ref of added) {
    if (items.some((i) => i.referenceId === ref.referenceId)) continue;
    if (items.length >= MAX_IMAGINE_REFERENCES) dropped += 1;
    else items.push(ref);
  }
  return { items, dropped };
}
