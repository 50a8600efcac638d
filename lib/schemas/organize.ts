// Bodies and DTOs for organising the shared history: bulk operations, collections, downloads.
import { z } from "zod";

import { text } from "./text";

export const MAX_BULK = 200;

const taskId = (field: string) =>
  text(field).min(1, `${field} must not be empty`).max(64, `${field} is not an id`);

const taskIds = z
  .array(taskId("each id"), { error: "ids must be a list of task ids" })
  .min(1, "ids must name at least one task")
  .max(MAX_BULK, `at most ${MAX_BULK} tasks at once`);

export const BulkTaskInput = z.discriminatedUnion(
  "op",
  [
    z.object({ op: z.literal("favorite"), ids: taskIds }),
    z.object({ op: z.literal("unfavorite"), ids: taskIds }),
    z.object({ op: z.literal("delete"), ids: taskIds }),
    z.object({ op: z.literal("restore"), ids: taskIds }),
    z.object({ op: z.literal("purge"), ids: taskIds }),
    z.object({ op: z.literal("addToCollection"), ids: taskIds, collectionId: taskId("collectionId") }),
    z.object({
      op: z.literal("removeFromCollection"),
      ids: taskIds,
      collectionId: taskId("collectionId"),
    }),
  ],
  {
    error: "op must be favorite, unfavorite, delete, restore, purge, addToCollection or removeFromCollection",
  },
);
export type BulkTaskInput = z.infer<typeof BulkTaskInput>;

/** What a bulk operation did: `changed` ids, and the ones it skipped with the reason (not yours, not found…). */
export const BulkResultDto = z.object({
  changed: z.array(z.string()),
  skipped: z.array(z.object({ id: z.string(), reason: z.string() })),
});
export type BulkResultDto = z.infer<typeof BulkResultDto>;

export const DownloadInput = z.object({ ids: taskIds });

export const MAX_COLLECTION_NAME_LENGTH = 80;

/** A one-line label on cards and menus, shared by the whole team: no controls, no bidi tricks. */
const collectionName = text("name")
  .trim()
  .min(1, "name must not be empty")
  .max(MAX_COLLECTION_NAME_LENGTH, `name must be at most ${MAX_COLLECTION_NAME_LENGTH} characters`);

export const CreateCollectionInput = z.object({ name: collectionName });
export const UpdateCollectionInput = z
  .object({ name: collectionName.optional(), coverTaskId: taskId("coverTaskId").nullable().optional() })
  .refine((v) => v.name !== undefined || v.coverTaskId !== undefined, "send name or coverTaskId");

export const CollectionDto = z.object({
  id: z.string(),
  name: z.string(),
  count: z.number().int(),
  cover: z.string().nullable(),
  coverTaskId: z.string().nullable(),
  updatedAt: z.string(),
});
export type CollectionDto = z.infer<typeof CollectionDto>;
export const CollectionListDto = z.object({ items: z.array(CollectionDto) });
