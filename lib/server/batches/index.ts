export { createBatch } from "./create";
export { cancelBatch, getBatch, listBatches } from "./read";
