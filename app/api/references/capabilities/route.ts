// GET /api/references/capabilities – whether style/character/omni references can reach Midjourney now (the
// upstream's upload, the studio's public URL, or neither), so the composer can say why a role is off.
import { handle, jsonNoStore } from "@/lib/server/http";
import { referenceCapabilities } from "@/lib/server/stored-references";

export const dynamic = "force-dynamic";

export const GET = handle(() => Promise.resolve(jsonNoStore(referenceCapabilities())));
