import "server-only";

import type { z } from "zod";

import { handle, jsonNoStore, readJson } from "@/lib/server/http";
import type { SubmitResult } from "@/lib/server/tasks/claim";

// Every submit route is the same: read one JSON body, run the submit protocol, answer with the task. The status
// says whether this request created the task (201) or found it under its idempotency key (200); the
// Idempotent-Replayed header says it in words, and is the only tell for routes that confirm an existing task.

type Viewer = Parameters<Parameters<typeof handle>[0]>[2];

export function submitRoute<S extends z.ZodType, P = Record<string, never>>(
  body: { schema: S; maxBytes: number },
  submit: (input: z.infer<S>, viewer: Viewer, params: P) => Promise<SubmitResult>,
  created: 201 | 200 = 201,
) {
  return handle<P>(async (req, params, viewer) => {
    const { task, replayed } = await submit(await readJson(req, body.schema, body.maxBytes), viewer, params);
    return jsonNoStore(task, {
      status: replayed ? 200 : created,
      headers: { "Idempotent-Replayed": String(replayed) },
    });
  });
}
