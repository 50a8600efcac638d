import "server-only";

export { prepareImagineReferences, storeInputImages, type TaskInputRow } from "./imagine-inputs";
export { verifyReferenceToken } from "./public-token";
export {
  createReferenceFromTask,
  createReferenceFromUpload,
  deleteReference,
  referenceImage,
  toReferenceDto,
} from "./store";
export { referenceCapabilities } from "./upstream-urls";
