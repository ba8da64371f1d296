import type { Db } from "@/db/client";
import type { Actor } from "../context";
import { saveAssistantButton } from "../flows/assistant-buttons";
import { saveDraft } from "../flows/save-draft";
import { saveFlow } from "../flows/save-flow";

/** The default flow's id (the migration ships it): Title, Description, Asset. */
export const DEFAULT_FLOW_ID = "00000000-0000-4000-8000-00000000f100";
const DEFAULT_TITLE_STEP = "00000000-0000-4000-8000-00000000f101";

/**
 * Demo creation flows and the customers' assistant, made through the verbs as an admin would:
 * a breakdown report that asks what a technician needs before driving out, and a half-done draft.
 */
export async function seedFlows(db: Db, people: { admin: Actor }) {
  const as = { actor: people.admin, db };
  const breakdown = await saveFlow(as, {
    name: "Machine breakdown",
    assetScope: "all",
    steps: [
      {
        question: "In a few words: what is wrong?",
        help: "This becomes the ticket's title.",
        inputType: "short_text",
        required: true,
      },
      { question: "Which machine?", inputType: "asset", required: true },
      {
        question: "Is the machine still running?",
        inputType: "single_choice",
        options: ["Yes, normally", "Yes, but badly", "No, it stopped"],
        required: true,
      },
      {
        question: "Error code on the display",
        help: "For example E42. Leave empty if there is none.",
        inputType: "short_text",
        required: false,
      },
      { question: "Photo of the error screen", inputType: "file", required: false },
      { question: "Since when?", inputType: "date", required: false },
    ],
  });
  await saveAssistantButton(as, {
    label: "Report a breakdown",
    icon: "wrench",
    target: "flow",
    flowId: breakdown.flowId,
  });
  await saveAssistantButton(as, { label: "Request a video call", icon: "video", target: "video_session" });
  await saveAssistantButton(as, {
    label: "Something else",
    icon: "help",
    target: "flow",
    flowId: DEFAULT_FLOW_ID,
  });
  // A draft: the creation flow was left unfinished (only its creator sees it).
  await saveDraft(as, {
    flowId: DEFAULT_FLOW_ID,
    answers: { [DEFAULT_TITLE_STEP]: "Unfinished request" },
    visibility: "internal",
  });
}
