/** The kinds of question a creation flow step may ask; shared by the editor, the stepper and the server. */
export const FLOW_INPUT_TYPES = [
  "short_text",
  "long_text",
  "single_choice",
  "multiple_choice",
  "yes_no",
  "number",
  "date",
  "file",
  "asset",
] as const;
export type FlowInputType = (typeof FLOW_INPUT_TYPES)[number];

export const ASSET_SCOPES = ["all", "chosen"] as const;
export type AssetScope = (typeof ASSET_SCOPES)[number];

/** Types whose answer is one of the step's options. */
export function hasOptions(type: FlowInputType): boolean {
  switch (type) {
    case "single_choice":
    case "multiple_choice":
      return true;
    case "short_text":
    case "long_text":
    case "yes_no":
    case "number":
    case "date":
    case "file":
    case "asset":
      return false;
  }
}

export const MAX_STEPS = 30;
export const MAX_OPTIONS = 30;
export const MAX_FILES_PER_STEP = 10;
export const ASSISTANT_TARGETS = ["flow", "video_session"] as const;
export type AssistantTarget = (typeof ASSISTANT_TARGETS)[number];
export const ASSISTANT_ICONS = ["wrench", "camera", "alert", "help", "calendar", "video"] as const;
export type AssistantIcon = (typeof ASSISTANT_ICONS)[number];
