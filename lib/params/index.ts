// Public API of the prompt-parameters model; see README.md. Isomorphic: no server-only imports, no React.
export { applyControls } from "./apply";
export { CONTROL_KEYS, SPECS } from "./catalog";
export { controlsFromPrompt, emptyControls, setControl } from "./controls";
export {
  DEFAULT_VERSION,
  LATEST_NIJI,
  LATEST_VERSION,
  NIJI_VERSIONS,
  STYLE_VERSIONS,
  VERSIONS,
  qualityValuesFor,
  rangeFor,
  resolveModel,
  supportOf,
} from "./models";
export type { Model, Range, SupportVerdict } from "./models";
export { parsePrompt } from "./parse";
export { validateControls, validatePrompt } from "./validate";
export { newestAccepted, versionOptions } from "./versions";
export type { ModelCap, VersionOption } from "./versions";
export type {
  ControlKey,
  IssueCode,
  ParamControls,
  ParamIssue,
  ParsedParam,
  ParsedPrompt,
  Speed,
  ValidationContext,
} from "./types";
