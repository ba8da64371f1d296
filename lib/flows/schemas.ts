import { z } from "zod";
import { validation } from "../i18n/msg";
import { VISIBILITIES } from "../workflow/ticket-categories";
import {
  ASSET_SCOPES,
  ASSISTANT_ICONS,
  ASSISTANT_TARGETS,
  FLOW_INPUT_TYPES,
  hasOptions,
  MAX_OPTIONS,
  MAX_STEPS,
} from "./flow-input-types";

const uuid = z.string().uuid(validation("invalid"));

export const flowStepSchema = z
  .object({
    id: uuid.nullish().transform((v) => v ?? null),
    question: z.string().trim().min(1, validation("flowQuestionRequired")).max(300, validation("invalid")),
    help: z.string().trim().max(1000, validation("descriptionMax")).default(""),
    inputType: z.enum(FLOW_INPUT_TYPES, { message: validation("invalid") }),
    required: z.boolean().default(true),
    options: z.array(z.string().trim().min(1).max(100)).max(MAX_OPTIONS).default([]),
  })
  .transform((step) => ({ ...step, options: hasOptions(step.inputType) ? step.options : [] }))
  .superRefine((step, ctx) => {
    if (!hasOptions(step.inputType)) return;
    if (step.options.length < 2)
      ctx.addIssue({ code: "custom", path: ["options"], message: validation("flowChoiceOptions") });
    if (new Set(step.options).size !== step.options.length) {
      ctx.addIssue({ code: "custom", path: ["options"], message: validation("flowDuplicateOption") });
    }
  });
export type FlowStepInput = z.input<typeof flowStepSchema>;

export const saveFlowSchema = z
  .object({
    flowId: uuid.nullish().transform((v) => v ?? null),
    version: z.number().int().positive().nullish(),
    name: z.string().trim().min(1, validation("nameRequired")).max(100, validation("nameMax100")),
    assetScope: z.enum(ASSET_SCOPES).default("all"),
    assetIds: z.array(uuid).max(500).default([]),
    steps: z
      .array(flowStepSchema)
      .min(1, validation("flowStepsRequired"))
      .max(MAX_STEPS, validation("flowTooManySteps")),
  })
  .superRefine((flow, ctx) => {
    if (flow.assetScope === "chosen" && flow.assetIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["assetIds"], message: validation("flowChooseAssets") });
    }
  });
export type SaveFlowInput = z.input<typeof saveFlowSchema>;

export const flowRefSchema = z.object({ flowId: uuid, version: z.number().int().positive() });

const answersSchema = z.record(z.string(), z.unknown()).default({});

export const saveDraftSchema = z.object({
  ticketId: uuid.nullish().transform((v) => v ?? null),
  version: z.number().int().positive().nullish(),
  flowId: uuid,
  /** The asset the flow was started for (the assistant's button, or the only one a customer holds). */
  assetId: uuid.nullish().transform((v) => v ?? null),
  answers: answersSchema,
  /** Made with the form: a repeated first save continues the same draft. */
  clientKey: uuid.nullish(),
  visibility: z.enum(VISIBILITIES, { message: validation("chooseVisibility") }).nullish(),
});
export type SaveDraftInput = z.input<typeof saveDraftSchema>;

export const draftRefSchema = z.object({ ticketId: uuid });

export const saveAssistantButtonSchema = z
  .object({
    buttonId: uuid.nullish().transform((v) => v ?? null),
    label: z.string().trim().min(1, validation("flowLabelRequired")).max(60, validation("nameMax60")),
    icon: z.enum(ASSISTANT_ICONS).default("wrench"),
    target: z.enum(ASSISTANT_TARGETS),
    flowId: uuid.nullish().transform((v) => v ?? null),
  })
  .superRefine((b, ctx) => {
    if (b.target === "flow" && !b.flowId)
      ctx.addIssue({ code: "custom", path: ["flowId"], message: validation("flowButtonNeedsFlow") });
  });
export type SaveAssistantButtonInput = z.input<typeof saveAssistantButtonSchema>;

export const assistantButtonRefSchema = z.object({ buttonId: uuid });
export const moveAssistantButtonSchema = assistantButtonRefSchema.extend({
  direction: z.enum(["up", "down"]),
});
