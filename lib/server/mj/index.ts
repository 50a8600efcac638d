import "server-only";

// The upstream façade: the rest of the app imports the upstream calls from "@/lib/server/mj". The saved-settings
// loader (./saved-upstream: simulatorInUse, ensureUpstreamSettingsLoaded) and the notify hook are imported by path:
// they need the database, and this entry stays importable without one (the wire tests, the bench clients).

export { getUpstreamConfig, type AuthStyle, type ModeName, type UpstreamConfig } from "./config";
export { getUpstreamCallCount, resetUpstreamCallCount } from "./client";
export { isMjError, MjError, mjErrorToAppError, type MjErrorKind } from "./errors";
export {
  submitAction,
  submitChange,
  submitImagine,
  submitModal,
  type SubmitOptions,
  type SubmitOutcome,
} from "./submit";
export {
  MAX_BLEND_IMAGES,
  MIN_BLEND_IMAGES,
  submitBlend,
  submitDescribe,
  submitShorten,
  submitSwapFace,
  type BlendDimensions,
} from "./submit-media";
export {
  MAX_VIDEO_EXTEND_INDEX,
  submitVideo,
  VIDEO_BATCH_SIZES,
  VIDEO_MOTIONS,
  VIDEO_TYPES,
  type VideoBatchSize,
  type VideoMotion,
  type VideoSubmitInput,
  type VideoType,
} from "./submit-video";
export { fetchTask, listTasksByIds } from "./tasks";
export { knownEditorSupport, submitEdit, submitRetexture } from "./submit-editor";
export { knownUploadSupport, uploadImages } from "./upload-images";
export type { UploadSupport } from "./upload-support";
export { listRecentTasks, type SearchListing } from "./task-search";
export { cancelTask, fetchImageSeed } from "./task-ops";
export { downloadImage } from "./images";
export { DEFAULT_MAX_VIDEO_BYTES, downloadVideo } from "./videos";
export { CALLBACK_MAX_BYTES, parseCallbackTask, type CallbackParse } from "./callback";
export {
  reshapeTask,
  type UpstreamButton,
  type UpstreamStatus,
  type UpstreamTask,
  type UpstreamVideo,
} from "./reshape";
export { getUpstreamBalance } from "./balance";
