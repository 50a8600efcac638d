/**
 * Whether a modal other than the lightbox is open (the shortcuts list, a confirmation): keys then belong to it.
 * The lightbox is itself a dialog but takes shortcuts of its own, so it does not count.
 */
export function otherDialogOpen(): boolean {
  return (
    document.querySelector(
      'dialog[open]:not([data-lightbox]), [role="dialog"][aria-modal="true"]:not([data-lightbox]), [role="alertdialog"]',
    ) !== null
  );
}

/** Whether the lightbox is open: the page's own shortcuts (/, n, c) wait until it closes. */
export function lightboxOpen(): boolean {
  return document.querySelector("dialog[data-lightbox][open]") !== null;
}
