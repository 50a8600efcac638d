// What applying a preset puts back into the imagine form, and what it cannot: references deleted since it was
// saved are named in words rather than dropped silently. Pure, so it is unit-tested.
import type { TaskInputDto } from "@/lib/schemas/reference";
import type { BotType } from "@/lib/schemas/task";
import type { PresetDto, PresetSpeed } from "@/lib/schemas/team-memory";

export interface AppliedPreset {
  prompt: string;
  bot: BotType;
  speed: PresetSpeed;
  /** In the shape the reference tray's replaceWith takes (a reused task's inputs). */
  inputs: TaskInputDto[];
  /** References the preset names that are gone: how many, and their roles. */
  missing: number;
}

export function applyPreset(preset: PresetDto): AppliedPreset {
  const present = preset.references.filter((r) => r.url !== null);
  return {
    prompt: preset.prompt,
    bot: preset.botType,
    speed: preset.speed,
    inputs: present.map((r, position) => ({
      position,
      role: r.role,
      weight: r.weight,
      reference: {
        id: r.referenceId,
        url: r.url ?? "",
        width: r.width,
        height: r.height,
        sourceTaskId: null,
        sourceCell: null,
      },
    })),
    missing: preset.references.length - present.length,
  };
}

/** Presets matching a search (name or prompt, any case) in one of the two lists. */
export function filterPresets(
  presets: readonly PresetDto[],
  tab: "mine" | "team",
  search: string,
): PresetDto[] {
  const needle = search.trim().toLowerCase();
  return presets.filter(
    (p) =>
      (tab === "mine" ? p.mine : !p.mine) &&
      (needle === "" || p.name.toLowerCase().includes(needle) || p.prompt.toLowerCase().includes(needle)),
  );
}
