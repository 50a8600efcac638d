// Public API of the prompt-parameters model; see README.md. Isomorphic: no server-only imports, no React.
export { applyControls } from "./apply";
export { CONTROL_KEYS, SPECS } from "./catalog";
export { controlsFromPrompt, emptyControls, setControl } from "./controls";
export {
  DEFAULT_VERSION,
  LATEST_NIJI,
  NIJI_VERSIONS,
  VERSIONS,
  qualityValuesFor,
  rangeFor,
  resolveModel,
} from "./models";
export type { Model, Range } from "./models";
export { parsePrompt } from "./parse";
export { validateControls, validatePrompt } from "./validate";
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
