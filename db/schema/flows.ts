import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  ASSET_SCOPES,
  ASSISTANT_ICONS,
  ASSISTANT_TARGETS,
  FLOW_INPUT_TYPES,
} from "../../lib/flows/flow-input-types";
import { assets } from "./assets";
import { tickets } from "./tickets";

/** The questions a ticket is created by (workflow.md: a ticket is Draft until every step is answered). */
export const creationFlows = pgTable(
  "creation_flows",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    assetScope: text("asset_scope", { enum: ASSET_SCOPES }).notNull().default("all"),
    /** The flow "New ticket" starts when there is nothing to choose. */
    isDefault: boolean("is_default").notNull().default(false),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("creation_flows_one_default_key").on(t.isDefault).where(sql`is_default`)],
);

export const creationFlowAssets = pgTable(
  "creation_flow_assets",
  {
    flowId: uuid("flow_id")
      .notNull()
      .references(() => creationFlows.id, { onDelete: "cascade" }),
    assetId: uuid("asset_id")
      .notNull()
      .references(() => assets.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.flowId, t.assetId] }),
    index("creation_flow_assets_asset_idx").on(t.assetId),
  ],
);

export const creationFlowSteps = pgTable(
  "creation_flow_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    flowId: uuid("flow_id")
      .notNull()
      .references(() => creationFlows.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    question: text("question").notNull(),
    help: text("help").notNull().default(""),
    inputType: text("input_type", { enum: FLOW_INPUT_TYPES }).notNull(),
    required: boolean("required").notNull().default(true),
    options: jsonb("options").$type<string[]>().notNull().default([]),
    /** A step removed from its flow stays for the drafts and tickets that answered it. */
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [index("creation_flow_steps_flow_idx").on(t.flowId, t.position)],
);

/**
 * One answer of a ticket with its question as it was asked: archiving or editing the flow later
 * leaves what the customer was asked, and what they said, as it was.
 */
export const ticketAnswers = pgTable(
  "ticket_answers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    stepId: uuid("step_id").references(() => creationFlowSteps.id, { onDelete: "set null" }),
    position: integer("position").notNull(),
    question: text("question").notNull(),
    inputType: text("input_type", { enum: FLOW_INPUT_TYPES }).notNull(),
    /** The answer in the step's type: text, option(s), boolean, number, ISO date, file ids, asset id. */
    value: jsonb("value").$type<AnswerValue>(),
    /** What the answer reads as when it names something (the asset's name at the time). */
    label: text("label"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("ticket_answers_step_key").on(t.ticketId, t.stepId),
    index("ticket_answers_ticket_idx").on(t.ticketId, t.position),
  ],
);

export type AnswerValue = string | number | boolean | string[];

/** Which flow a ticket was made with (null: made before flows, by a session, or by the API). */
export const ticketFlows = pgTable(
  "ticket_flows",
  {
    ticketId: uuid("ticket_id")
      .primaryKey()
      .references(() => tickets.id, { onDelete: "cascade" }),
    flowId: uuid("flow_id")
      .notNull()
      .references(() => creationFlows.id),
    flowName: text("flow_name").notNull(),
    /** The asset the flow was started for (an assistant button): the ticket's asset unless a step names another. */
    startAssetId: uuid("start_asset_id").references(() => assets.id, { onDelete: "set null" }),
    /** Made once per opened form: a second first "Next" (a double click) finds the draft the first made. */
    clientKey: uuid("client_key"),
  },
  (t) => [uniqueIndex("ticket_flows_client_key").on(t.clientKey)],
);

/** Buttons of the customers' assistant: each starts a flow (for an asset) or asks for a video session. */
export const assistantButtons = pgTable(
  "assistant_buttons",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    label: text("label").notNull(),
    icon: text("icon", { enum: ASSISTANT_ICONS }).notNull().default("wrench"),
    target: text("target", { enum: ASSISTANT_TARGETS }).notNull(),
    flowId: uuid("flow_id").references(() => creationFlows.id),
    position: integer("position").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("assistant_buttons_position_idx").on(t.position)],
);
