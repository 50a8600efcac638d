// Window events that connect the studio's pieces without a shared provider: the bottom bar, the keyboard
// shortcuts (n / c) and the create forms live in different trees, some only on the home page.

/** Asks the composer to open (phone) and focus its prompt. Dispatched by the bottom bar and the n / c shortcut. */
export const COMPOSE_EVENT = "studio:compose";

/** A create form's submit succeeded; `detail.taskId` is the new task. The composer brings its tile into view. */
export const CREATED_EVENT = "studio:created";

export interface CreatedDetail {
  taskId: string;
}

export interface ComposeDetail {
  /** Desktop: expand the prompt bar too (a reference just arrived; the tray lives in the expanded part). */
  expand?: boolean;
}

export function requestCompose(detail: ComposeDetail = {}): void {
  window.dispatchEvent(new CustomEvent<ComposeDetail>(COMPOSE_EVENT, { detail }));
}

/** A gallery or lightbox image (or one grid cell) should become a reference: the composer's tray adds it. */
export const USE_REFERENCE_EVENT = "studio:use-reference";

export interface UseReferenceDetail {
  taskId: string;
  /** One of a grid's four images (U1–U4 order), or undefined for the whole image. */
  cell?: 1 | 2 | 3 | 4 | undefined;
}

export function sendReference(detail: UseReferenceDetail): void {
  window.dispatchEvent(new CustomEvent<UseReferenceDetail>(USE_REFERENCE_EVENT, { detail }));
}

/** A gallery or lightbox image (or one grid cell) should be edited or retextured: the create panel opens that mode. */
export const EDIT_IMAGE_EVENT = "studio:edit-image";

export interface EditImageDetail extends UseReferenceDetail {
  mode: "edit" | "retexture";
}

export function sendToEditor(detail: EditImageDetail): void {
  window.dispatchEvent(new CustomEvent<EditImageDetail>(EDIT_IMAGE_EVENT, { detail }));
}

export function announceCreated(taskId: string): void {
  window.dispatchEvent(new CustomEvent<CreatedDetail>(CREATED_EVENT, { detail: { taskId } }));
}

/** "Animate" on a gallery or lightbox image (or one grid cell): the composer opens its Animate mode with it. */
export const ANIMATE_EVENT = "studio:animate";

export interface AnimateDetail {
  taskId: string;
  /** One of a grid's four images (U1–U4 order), or undefined for the whole image. */
  cell?: 1 | 2 | 3 | 4 | undefined;
}

export function sendAnimate(detail: AnimateDetail): void {
  window.dispatchEvent(new CustomEvent<AnimateDetail>(ANIMATE_EVENT, { detail }));
}
