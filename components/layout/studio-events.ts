// Window events that connect the studio's pieces without a shared provider: the bottom bar, the keyboard
// shortcuts (n / c) and the create forms live in different trees, some only on the home page.

/** Asks the composer to open (phone) and focus its prompt. Dispatched by the bottom bar and the n / c shortcut. */
export const COMPOSE_EVENT = "studio:compose";

/** A create form's submit succeeded; `detail.taskId` is the new task. The composer brings its tile into view. */
export const CREATED_EVENT = "studio:created";

export interface CreatedDetail {
  taskId: string;
}

export function requestCompose(): void {
  window.dispatchEvent(new CustomEvent(COMPOSE_EVENT));
}

export function announceCreated(taskId: string): void {
  window.dispatchEvent(new CustomEvent<CreatedDetail>(CREATED_EVENT, { detail: { taskId } }));
}
