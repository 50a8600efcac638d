import "server-only";

/**
 * What pressing a button will create, read from its customId family (mj-api.md section 8).
 * The upstream's own `action` replaces this guess once the child task is tracked.
 */
export function childActionFor(
  customId: string,
  parentAction: string,
): { action: string; label: string | null } {
  const parts = customId.split("::");
  const family = parts[1] ?? "";
  const kind = parts[2] ?? "";
  const index = parts[3] ?? "";
  if (family === "JOB") {
    if (kind === "upsample") return { action: "UPSCALE", label: `U${index}` };
    if (kind.startsWith("upsample_")) return { action: "UPSCALE", label: null };
    if (kind === "variation") return { action: "VARIATION", label: `V${index}` };
    if (kind === "low_variation" || kind === "high_variation") return { action: "VARIATION", label: null };
    if (kind === "reroll")
      return { action: parentAction === "UPSCALE" ? "IMAGINE" : parentAction, label: null };
    if (kind.startsWith("pan_")) return { action: "PAN", label: null };
    if (kind.startsWith("animate_")) return { action: "VIDEO", label: null };
    // A video's U1–U4 (mj-api.md 8.5) picks one clip of the set: its result is a video again, not an image.
    if (kind === "video_virtual_upscale") return { action: "VIDEO", label: `U${index}` };
  }
  // Buttons under describe / shorten replies (mj-api.md 8.6–8.8): numbered ones imagine a prompt.
  if (family === "Job" && (kind === "PicReader" || kind === "PromptAnalyzer")) {
    return { action: index === "ShowDetails" ? "SHORTEN" : "IMAGINE", label: null };
  }
  if (family === "Picread") return { action: "DESCRIBE", label: null };
  if (family === "Outpaint" || family === "CustomZoom") return { action: "ZOOM", label: null };
  if (family === "Inpaint") return { action: "VARIATION", label: null };
  return { action: "ACTION", label: null };
}
