// The U1–U4 / V1–V4 buttons of a grid, as a tile offers them, with whether each was already pressed. By customId
// family (mj-api.md 8): labels vary by upstream and language, the family does not. Pure, so it is unit-tested.
import type { TaskButtonDto, TaskDto } from "@/lib/schemas/task";

export interface GridButton {
  button: TaskButtonDto;
  kind: "upscale" | "vary";
  /** Which of the four images, 1–4. */
  index: number;
  /** "U1" / "V3": what Midjourney prints on them, in every language. */
  name: string;
  used: boolean;
}

const FAMILY = /^MJ::JOB::(upsample|variation)::([1-4])::/;

export function gridButtons(task: Pick<TaskDto, "buttons" | "usedButtons">): GridButton[] {
  const used = new Set(task.usedButtons ?? []);
  const found = task.buttons.flatMap((button): GridButton[] => {
    const match = FAMILY.exec(button.customId);
    if (!match) return [];
    const kind = match[1] === "upsample" ? "upscale" : "vary";
    const index = Number(match[2]);
    const name = `${kind === "upscale" ? "U" : "V"}${index}`;
    return [{ button, kind, index, name, used: used.has(button.customId) }];
  });
  // Upscales first, then variations, each 1–4: the order of the tile's two rows whatever the upstream sent.
  return found.sort((a, b) => (a.kind === b.kind ? a.index - b.index : a.kind === "upscale" ? -1 : 1));
}
