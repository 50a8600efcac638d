// GET /api/editor/capabilities – whether the upstream offers Edit and Retexture (learnt from its answers), so the
// create panel can explain a missing mode instead of showing a form that cannot work.
import { EditorCapabilities } from "@/lib/schemas/editor";
import { handle, jsonNoStore } from "@/lib/server/http";
import { knownEditorSupport } from "@/lib/server/mj";

export const dynamic = "force-dynamic";

export const GET = handle(() => Promise.resolve(jsonNoStore(EditorCapabilities.parse(knownEditorSupport()))));
