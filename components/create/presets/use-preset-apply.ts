"use client";

import { useState } from "react";

import type { PresetDto } from "@/lib/schemas/team-memory";

import { applyPreset } from "./apply-preset";
import type { ReferenceTray } from "../imagine/use-reference-tray";
import type { PromptParams } from "../params/use-prompt-params";

export interface AppliedNotice {
  name: string;
  missing: number;
}

/**
 * Applying a preset to the imagine form: the prompt (with its parameters), the bot, the speed and the reference
 * tray become the preset's; what it names but no longer exists is remembered for the notice.
 */
export function usePresetApply({
  params,
  setSpeed,
  references,
}: {
  params: PromptParams;
  setSpeed: (speed: PresetDto["speed"]) => void;
  references: Pick<ReferenceTray, "replaceWith">;
}) {
  const [applied, setApplied] = useState<AppliedNotice | null>(null);
  return {
    applied,
    apply(preset: PresetDto) {
      const next = applyPreset(preset);
      // The bot first: a model named in the prompt pins it again when the text is set.
      params.chooseBot(next.bot);
      params.changeText(next.prompt);
      setSpeed(next.speed);
      // A saved prompt keeps only its text: the tray stays as it is.
      if (preset.kind === "preset") references.replaceWith(next.inputs);
      setApplied({ name: preset.name, missing: next.missing });
    },
  };
}
