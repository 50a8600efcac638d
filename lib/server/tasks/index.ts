import "server-only";

export { getTaskDetail, listTaskChanges, pageChangesCursor } from "./queries";
export { listTaskPage } from "./list";
export { createImagine, pressButton } from "./submit";
export { createBlend, createDescribe, createShorten, createSwapFace } from "./media";
export { createEdit, createRetexture } from "./editor";
export { confirmModal } from "./modal";
export { createVideo } from "./video";
export { pressAndConfirm } from "./press-dialog";
export { cancelTask } from "./cancel";
export { adoptUpstreamTask, AdoptInput } from "./adopt";
export { getTaskSeed } from "./seed";
export { toTaskDto } from "./dto";
