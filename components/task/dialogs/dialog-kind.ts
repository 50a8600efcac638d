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

// Buttons that open a prompt dialog on an account with Remix on (mj-api.md 8.8 "remix only").
const REMIX_CAPABLE = /^MJ::JOB::(?:variation|low_variation|high_variation|reroll|pan_\w+|animate_\w+)::/;
// Buttons under a describe / shorten reply that always open a dialog pre-filled with their prompt (8.6, 8.7).
const PREFILLED = /^MJ::Job::(?:PicReader|PromptAnalyzer)::([1-9])$/;

/**
 * The dialog shown in the browser before anything is sent (the press and the answer then go upstream together,
 * lib/server/tasks/press-dialog.ts). Custom Zoom, Vary (Region) and the numbered describe/shorten buttons always
 * open one (mj-api.md 8.8). Variations, rerolls, pans and animations open one only on a Remix account, which the
 * studio cannot see before pressing: with `remix` (the viewer's Remix switch) they get the prompt dialog first.
 * Null for every other button; those press at once.
 */
export function dialogBeforePress(
  customId: string,
  { remix = false }: { remix?: boolean } = {},
): DialogKind | null {
  if (customId.startsWith("MJ::CustomZoom::")) return "custom-zoom";
  if (customId.startsWith("MJ::Inpaint::")) return "vary-region";
  if (PREFILLED.test(customId)) return "prompt";
  if (remix && REMIX_CAPABLE.test(customId)) return "prompt";
  return null;
}

/** The prompt a numbered describe/shorten button fills its dialog with: the N-th result, when we have it. */
export function prefilledPrompt(customId: string, prompts: readonly string[] | undefined): string | null {
  const index = PREFILLED.exec(customId)?.[1];
  return index ? (prompts?.[Number(index) - 1] ?? null) : null;
}
