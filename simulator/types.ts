import "server-only";

// Internal model of the simulator. The wire shapes (per profile) are produced by view.ts from these records.

export type SimProfile = "native" | "oss" | "aggregator";

export type SimStatus =
  "NOT_START" | "SUBMITTED" | "IN_PROGRESS" | "SUCCESS" | "FAILURE" | "MODAL" | "CANCEL";

/** INSIGHT_FACE only ever appears on face-swap results. */
export type SimBotType = "MID_JOURNEY" | "NIJI_JOURNEY" | "INSIGHT_FACE";

/** Model families whose post-upscale button sets differ (mj-api.md 8.3). */
export type VersionKey = "v5" | "v6" | "v6.1" | "v7" | "v8" | "v8.1" | "niji5" | "niji6" | "niji7";

export interface AspectRatio {
  w: number;
  h: number;
}

/**
 * How a task ends once it has started. Decided at submission (from the prompt) so the outcome does not
 * depend on when, or how often, the state is evaluated.
 */
export type TaskPlan = { outcome: "success" } | { outcome: "failure"; reason: string; atFraction: number };

export type PanDirection = "left" | "right" | "up" | "down";

/** Everything render.ts needs to draw a task's picture deterministically. */
export interface RenderSpec {
  /** "upload": the picture is an uploaded image shown as is (describe shows what it read). */
  layout: "grid" | "single" | "upload";
  /** Stays the same across a family of variations so children look related to their parent. */
  paletteSeed: number;
  /** Changes per variation / reroll. */
  seed: number;
  /** For single images: which quadrant of the parent grid is shown (1–4). */
  quadrant: number | null;
  aspect: AspectRatio;
  /** Long side of the output in pixels. */
  longSide: number;
  /** Zoom-out factor (>1 shows the scene smaller, framed). */
  zoomOut: number | null;
  pan: PanDirection | null;
  /**
   * Blend / face swap: average colours of the input images (`#rrggbb`), used for the gradients so the result
   * visibly comes from its inputs. Optional: tasks persisted before it existed have none.
   */
  palette?: string[];
  /** layout "upload": file name under `<imagesDir>/uploads/`. */
  upload?: string;
}

export interface TaskImages {
  final: { name: string; width: number; height: number };
  preview: { name: string };
}

/**
 * Which button set a finished task offers. "single-hd" = result of Upscale (Subtle/Creative/2x/4x);
 * "describe" / "shorten" = the PicReader / PromptAnalyzer sets ("shorten-details" without Show Details);
 * "face" = a face-swap result, which has no buttons.
 */
export type ImageKind =
  | "grid"
  | "single"
  | "single-hd"
  | "describe"
  | "shorten"
  | "shorten-details"
  | "face"
  /** A VIDEO result: a batch of clips (video U1…Un, reroll, extend), or one upscaled clip (extend only). */
  | "video"
  | "video-hd";

export type VideoMotion = "low" | "high";

/** What a VIDEO task renders (video-files.ts): its clips are the simulator's own mp4 fixture (simulator/mp4). */
export interface SimVideo {
  /** Batch size: 1, 2 or 4 clips. */
  clips: number;
  /** A video upscale: one larger clip. */
  hd: boolean;
  /** Extends are longer: they continue a clip. */
  extended: boolean;
  motion: VideoMotion;
  loop: boolean;
  /** 0–7, from the task's seed: which colours the batch starts at, so different tasks look different. */
  hue: number;
}

/** CustomZoom / Inpaint need the dialog's input; PicReader / PromptAnalyzer imagine the pre-filled prompt. */
export type ModalKind = "CustomZoom" | "Inpaint" | "PicReader" | "PromptAnalyzer" | "Remix";

export interface SimTask {
  id: string;
  action: string;
  status: SimStatus;
  prompt: string;
  promptEn: string;
  finalPrompt: string;
  description: string;
  /** The submit response's description, which the aggregator profile keeps as the task description. */
  submitDescription: string;
  state: string | null;
  botType: SimBotType;
  notifyHook: string | null;
  submitTime: number;
  /** When the task joined the wait queue; null while MODAL. */
  queuedAt: number | null;
  startTime: number | null;
  finishTime: number | null;
  progress: string | null;
  failReason: string | null;
  /** Run length fixed at creation so a runtime change of the setting only affects new tasks. */
  durationMs: number;
  plan: TaskPlan;
  parentId: string | null;
  customId: string | null;
  modalKind: ModalKind | null;
  version: VersionKey;
  imageKind: ImageKind;
  render: RenderSpec;
  images: TaskImages | null;
  /** The Midjourney job UUID used in customIds and file names. */
  messageHash: string;
  nonce: string;
  messageId: string;
  /** The image seed reported by /image-seed. */
  seed: number;
  /**
   * DESCRIBE / SHORTEN: the prompts the job produces, and the text Midjourney shows once it succeeds (becomes
   * `properties.finalPrompt`). Hidden until SUCCESS, like the real bot's reply.
   */
  resultPrompts?: string[];
  resultText?: string;
  /** VIDEO tasks only: their clips (the poster is `images.final`). */
  video?: SimVideo;
  /** The last Vary (Region) mask /submit/modal received (a PNG data URL), served by /sim/__masks/<id> for tests. */
  maskBase64?: string;
}

export interface SimButton {
  customId: string;
  emoji: string;
  label: string;
  type: 2;
  style: 2;
}

export interface SimSettings {
  profile: SimProfile;
  durationMs: number;
  concurrency: number;
  queueSize: number;
  numericResult: boolean;
  outage: boolean;
  garbage: boolean;
  /**
   * Fault: the next n submits are PROCESSED (task created, run, counted) but their answer is lost: the
   * client gets HTTP 502 as if a gateway dropped the upstream's reply. Counts down to 0.
   */
  loseNextSubmitAnswers: number;
  /** Like a Discord account with Remix mode on: variation, reroll and pan open a prompt dialog first. */
  remix: boolean;
  imageTtlSeconds: number;
  /**
   * Accept notifyHook on submits but never call it back, as the real aggregator does by default
   * (mj-api.md 10, AGG): a studio then sees changes only by reading. Benches compare both.
   */
  ignoreNotifyHook: boolean;
  /**
   * Whether POST /mj/submit/upload-discord-images exists (PLUS, TRUE, AGG have it; mj-api.md 4.10). Off answers
   * 404 like a proxy without the route, so e2e can exercise the studio's fallback to its own public URLs.
   */
  uploadImages: boolean;
  /**
   * Whether the editor endpoints exist (/submit/edit, /edits, /retexture; mj-api.md 4.12). Off answers 404 like
   * a proxy without them, so e2e can watch the studio learn that and explain the missing modes.
   */
  editor: boolean;
  /**
   * Whether the aggregator billing endpoints answer (GET /v1/dashboard/billing/subscription and /usage, as
   * new-api / one-api serve them beside /mj). Off (the default, like an MJ proxy) answers 404.
   */
  billing: boolean;
  /**
   * Whether the operator enabled video (TRUE's switch, mj-api.md 4.11): off, /submit/video answers code 4
   * `视频功能未启用` and no Animate buttons are offered.
   */
  video: boolean;
}

/** A business rejection, rendered per profile by respond.ts. */
export interface SimRejection {
  code: number;
  description: string;
  /** Native/OSS HTTP status (TRUE answers a missing parent with 404). */
  httpStatus?: number;
  /** The aggregator's own error text when it differs from the upstream one (e.g. `task_not_found`). */
  aggDescription?: string;
  properties?: Record<string, unknown>;
}

export function isRejection(value: unknown): value is SimRejection {
  return typeof value === "object" && value !== null && "code" in value && "description" in value;
}
