import "server-only";

import { AppError } from "@/lib/errors";
import type { Task } from "@/lib/generated/prisma/client";
import { validateImage } from "@/lib/server/references";

// What each Midjourney dialog needs (mj-api.md 4.5, 9), checked before anything is sent: the upstream would
// only fail the job later (and bill it). Shared by the one-request press (press-dialog.ts) and the confirmation
// of a task already waiting in a dialog (modal.ts).

export type Dialog = "custom_zoom" | "vary_region" | "prompt";

/** Which dialog a button opens, from its customId family (mj-api.md 8.8). */
export function dialogOf(customId: string | null): Dialog {
  if (customId?.startsWith("MJ::CustomZoom::")) return "custom_zoom";
  if (customId?.startsWith("MJ::Inpaint::")) return "vary_region";
  return "prompt";
}

const ZOOM_PARAM = /(?:^|\s)--zoom\s+(\S+)/;

/** The `--zoom` value of a prompt, or null when there is none (a non-number is NaN). */
export function zoomOf(prompt: string): number | null {
  const raw = ZOOM_PARAM.exec(prompt)?.[1];
  return raw === undefined ? null : Number(raw);
}

function checkCustomZoom(startPrompt: string, prompt: string | undefined): void {
  const example = `${startPrompt.replace(/\s--zoom\s+\S+/, "").trim()} --zoom 1.5`;
  if (!prompt) {
    throw new AppError(
      "validation_failed",
      `Custom Zoom needs a prompt with --zoom between 1 and 2, e.g. "${example}".`,
    );
  }
  const zoom = zoomOf(prompt);
  if (zoom === null || !Number.isFinite(zoom) || zoom < 1 || zoom > 2) {
    const got = zoom === null ? "has no --zoom" : `has --zoom ${ZOOM_PARAM.exec(prompt)?.[1] ?? ""}`;
    throw new AppError(
      "validation_failed",
      `Custom Zoom needs --zoom between 1 and 2 in the prompt; it ${got}. Example: "${example}".`,
    );
  }
}

/** Vary (Region): a PNG mask exactly the size of the image it paints on (white = repaint, black = keep). */
async function checkMask(image: Task | null, mask: string | undefined): Promise<string> {
  if (!mask)
    throw new AppError(
      "validation_failed",
      "Vary (Region) needs a mask: a PNG of the image's size, white where to repaint.",
    );
  const decoded = await validateImage(mask, "The mask", { accept: ["image/png"] });
  if (!image?.imageWidth || !image.imageHeight) {
    throw new AppError(
      "conflict",
      "The image this region belongs to is not stored yet, so the mask cannot be checked; try again shortly.",
    );
  }
  if (decoded.width !== image.imageWidth || decoded.height !== image.imageHeight) {
    throw new AppError(
      "validation_failed",
      `The mask is ${decoded.width}×${decoded.height} but the image is ${image.imageWidth}×${image.imageHeight}; draw the mask at the image's size.`,
      {
        maskWidth: decoded.width,
        maskHeight: decoded.height,
        imageWidth: image.imageWidth,
        imageHeight: image.imageHeight,
      },
    );
  }
  return decoded.dataUrl;
}

/**
 * Checks a dialog's answer: `customId` is the button that opens the dialog, `image` the task that owns it (the
 * image Vary (Region) repaints), `startPrompt` the prompt the dialog is pre-filled with. Returns the mask to send.
 */
export async function checkDialogAnswer(
  customId: string | null,
  image: Task | null,
  startPrompt: string,
  input: { prompt?: string; mask?: string },
): Promise<string | undefined> {
  const dialog = dialogOf(customId);
  if (dialog === "custom_zoom") checkCustomZoom(startPrompt, input.prompt);
  const maskBase64 = dialog === "vary_region" ? await checkMask(image, input.mask) : undefined;
  if (dialog !== "vary_region" && input.mask) {
    throw new AppError(
      "validation_failed",
      "A mask is only used by Vary (Region); this dialog takes a prompt.",
    );
  }
  return maskBase64;
}
