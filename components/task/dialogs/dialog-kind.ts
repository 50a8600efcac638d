// Which dialog a MODAL task needs. The DTO carries no customId, so the button that made the task is looked up
// among the parent's buttons by its label; the customId family is what the upstream's dialog really depends on.
import type { TaskButtonDto } from "@/lib/schemas/task";

export type DialogKind = "custom-zoom" | "vary-region" | "prompt";

export function dialogKindOf(
  task: { buttonLabel: string | null },
  parentButtons: readonly TaskButtonDto[] | undefined,
): DialogKind {
  const label = task.buttonLabel?.trim() ?? "";
  const button = parentButtons?.find((b) => b.label.trim() === label || (!b.label && b.emoji === label));
  const customId = button?.customId ?? "";
  if (customId.startsWith("MJ::CustomZoom::")) return "custom-zoom";
  if (customId.startsWith("MJ::Inpaint::")) return "vary-region";
  if (button) return "prompt";
  // Parent not loaded (or its buttons changed): the English labels are the same on every upstream we know.
  if (/^custom zoom$/i.test(label)) return "custom-zoom";
  if (/^vary \(region\)$/i.test(label)) return "vary-region";
  return "prompt";
}

/**
 * The dialog a button always opens (mj-api.md 8.8), shown in the browser before anything is sent: the press and
 * the answer then go upstream together. Null for every other button, including those that open a dialog only on
 * a Remix account — the studio cannot know that before pressing, so those still wait as a task (status "modal").
 */
export function dialogBeforePress(customId: string): DialogKind | null {
  if (customId.startsWith("MJ::CustomZoom::")) return "custom-zoom";
  if (customId.startsWith("MJ::Inpaint::")) return "vary-region";
  return null;
}
