import type { ClipboardEvent } from "react";

/**
 * Image files pasted into a form, or null when the paste is text. Rich text from Office apps carries an image
 * rendition too; text on the clipboard means the user pastes text.
 */
export function pastedImages(event: ClipboardEvent): File[] | null {
  const files = Array.from(event.clipboardData.files);
  if (files.length === 0 || event.clipboardData.types.includes("text/plain")) return null;
  event.preventDefault();
  return files;
}
