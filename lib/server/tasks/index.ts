import "server-only";

export { getTaskDetail, listTaskChanges, listTaskPage } from "./queries";
export { createImagine, pressButton } from "./submit";
export { toTaskDto } from "./dto";
