// POST /api/references – keep an image for use in prompts: an upload ({ image: <data URL> }) or a gallery task's
// image ({ taskId, cell? }, one grid cell cropped on the server). Answers the reference (201).
import { CreateReferenceInput } from "@/lib/schemas/reference";
import { handle, jsonNoStore, readJson } from "@/lib/server/http";
import {
  createReferenceFromTask,
  createReferenceFromUpload,
  toReferenceDto,
} from "@/lib/server/stored-references";

export const dynamic = "force-dynamic";

// One image of ≤ MAX_REFERENCE_BYTES (1 MB by default), base64-inflated, with room for the JSON around it.
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export const POST = handle(async (req, _params, viewer) => {
  const input = await readJson(req, CreateReferenceInput, MAX_BODY_BYTES);
  const ref =
    "image" in input
      ? await createReferenceFromUpload(input.image, viewer)
      : await createReferenceFromTask(input, viewer);
  return jsonNoStore(toReferenceDto(ref), { status: 201 });
});
