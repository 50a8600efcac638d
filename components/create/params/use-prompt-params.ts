"use client";

import { useMemo, useState } from "react";

import { applyControls, controlsFromPrompt, parsePrompt, setControl } from "@/lib/params";
import type { ControlKey, ParamControls } from "@/lib/params";
import type { BotType } from "@/lib/schemas/task";

import { resetParams, textForBot, textForVersion } from "./edits";
import { paramState, pinnedBot } from "./model-state";

const pinnedBy = (text: string) => pinnedBot(controlsFromPrompt(parsePrompt(text)));

/**
 * The params builder over the prompt text, which stays the single source of truth: controls are read from
 * it on every render and every control edit is a text edit (so it goes through `setText`, which starts a
 * new submit intent like typing does).
 *
 * Bot rule: a model named in the prompt pins the bot (`--niji` → Niji, `--v` → Midjourney), whether it was
 * typed or picked in the version select; the bot switch removes a model param that contradicts it. When
 * the prompt stops naming a model the bot stays where it was, so deleting `--niji 6` character by character
 * does not flip the switch back and forth.
 */
export function usePromptParams(prompt: string, setText: (text: string) => void, hasImages: boolean) {
  const [chosenBot, setChosenBot] = useState<BotType>(() => pinnedBy(prompt) ?? "MID_JOURNEY");
  const state = useMemo(() => paramState(prompt, chosenBot, hasImages), [prompt, chosenBot, hasImages]);
  const bot = pinnedBot(state.controls) ?? chosenBot;

  function changeText(text: string) {
    setText(text);
    const pinned = pinnedBy(text);
    if (pinned) setChosenBot(pinned);
  }

  return {
    bot,
    state,
    changeText,
    move<K extends ControlKey>(key: K, value: ParamControls[K]) {
      changeText(applyControls(prompt, setControl(state.controls, key, value)));
    },
    chooseVersion(choice: string) {
      changeText(textForVersion(prompt, choice));
    },
    chooseBot(next: BotType) {
      setChosenBot(next);
      setText(textForBot(prompt, next));
    },
    reset() {
      changeText(resetParams(prompt));
    },
  };
}

export type PromptParams = ReturnType<typeof usePromptParams>;
