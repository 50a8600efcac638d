export { expandPromptText, type ExpandError, type ExpandResult, isBatchText, MAX_BATCH_JOBS } from "./expand";
