import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assetMembers, assets, attachments, ticketAnswers, ticketFlows, tickets } from "@/db/schema";
import { type AttachmentItem, attachmentItem } from "../attachments/queries";
import type { Ctx } from "../context";
import { readTicketStatuses } from "../statuses/load-statuses";
import type { Visibility } from "../workflow/ticket-categories";
import { systemStatus } from "../workflow/ticket-engine";
import type { FlowInputType } from "./flow-input-types";
import {
  type FlowRow,
  type FlowStepRow,
  flowAssetIds,
  loadFlow,
  loadFlowSteps,
  startableFlows,
} from "./load-flow";
import type { AnswerValue } from "./validate-answer";

export type FlowForm = {
  flow: Pick<FlowRow, "id" | "name">;
  steps: FlowStepRow[];
  /** The assets an asset step offers: this person's, within the flow's scope. */
  assets: { id: string; name: string }[];
  startAssetId: string | null;
  chooseVisibility: boolean;
  /** Sent with the first save: a double click on the first Next makes one draft, not two. */
  clientKey: string;
  draft: {
    ticketId: string;
    number: number;
    version: number;
    visibility: Visibility;
    answers: Record<string, AnswerValue>;
    files: Record<string, AttachmentItem[]>;
  } | null;
};

export type FlowStart =
  | { kind: "form"; form: FlowForm }
  | { kind: "choose"; flows: FlowRow[] }
  | { kind: "none" };

/**
 * What "New ticket" shows: the creator's draft to continue, the flow asked for, the only flow there
 * is, or the flows to choose from. A draft or flow this person may not use is treated as absent.
 */
export async function loadFlowStart(
  ctx: Ctx,
  params: { flowId?: string | null; draftNumber?: number | null; assetId?: string | null },
): Promise<FlowStart> {
  if (params.draftNumber) {
    const form = await draftForm(ctx, params.draftNumber);
    if (form) return { kind: "form", form };
  }
  const flows = await startableFlows(ctx.db, ctx.actor);
  const chosen = flows.find((f) => f.id === params.flowId) ?? (flows.length === 1 ? flows[0] : undefined);
  if (chosen) return { kind: "form", form: await freshForm(ctx, chosen, params.assetId ?? null) };
  return flows.length ? { kind: "choose", flows } : { kind: "none" };
}

async function assetChoices(ctx: Ctx, flow: Pick<FlowRow, "id" | "assetScope">) {
  const scope = flow.assetScope === "chosen" ? await flowAssetIds(ctx.db, flow.id) : null;
  if (scope && scope.length === 0) return [];
  const base = ctx.db.select({ id: assets.id, name: assets.name });
  const rows =
    ctx.actor.role === "code_user"
      ? await base
          .from(assetMembers)
          .innerJoin(assets, eq(assets.id, assetMembers.assetId))
          .where(and(eq(assetMembers.userId, ctx.actor.id), scope ? inArray(assets.id, scope) : undefined))
          .orderBy(asc(assets.name))
      : await base
          .from(assets)
          .where(scope ? inArray(assets.id, scope) : undefined)
          .orderBy(asc(assets.name));
  return rows;
}

async function freshForm(ctx: Ctx, flow: FlowRow, assetId: string | null): Promise<FlowForm> {
  const [steps, choices] = await Promise.all([loadFlowSteps(ctx.db, flow.id), assetChoices(ctx, flow)]);
  // A customer with one asset in scope reports for it; a preselected asset must be one they may name.
  const start =
    choices.find((a) => a.id === assetId)?.id ??
    (ctx.actor.role === "code_user" && choices.length === 1 ? choices[0]!.id : null);
  return {
    flow: { id: flow.id, name: flow.name },
    steps,
    assets: choices,
    startAssetId: start,
    chooseVisibility: ctx.actor.role !== "code_user",
    clientKey: randomUUID(),
    draft: null,
  };
}

async function draftForm(ctx: Ctx, number: number): Promise<FlowForm | null> {
  const draftStatus = systemStatus(await readTicketStatuses(ctx.db), "draft");
  const [row] = await ctx.db
    .select({ ticket: tickets, flowId: ticketFlows.flowId, startAssetId: ticketFlows.startAssetId })
    .from(tickets)
    .innerJoin(ticketFlows, eq(ticketFlows.ticketId, tickets.id))
    .where(
      and(
        eq(tickets.number, number),
        eq(tickets.creatorId, ctx.actor.id),
        eq(tickets.statusId, draftStatus.id),
      ),
    );
  if (!row) return null;
  const flow = await loadFlow(ctx.db, row.flowId);
  if (!flow) return null;
  const [steps, choices, answers, files] = await Promise.all([
    loadFlowSteps(ctx.db, flow.id),
    assetChoices(ctx, flow),
    ctx.db
      .select({ stepId: ticketAnswers.stepId, value: ticketAnswers.value })
      .from(ticketAnswers)
      .where(eq(ticketAnswers.ticketId, row.ticket.id)),
    ctx.db
      .select({ file: attachments, stepId: ticketAnswers.stepId })
      .from(attachments)
      .innerJoin(ticketAnswers, eq(ticketAnswers.id, attachments.answerId))
      .where(eq(attachments.ticketId, row.ticket.id))
      .orderBy(asc(attachments.createdAt)),
  ]);
  const byStep: Record<string, AttachmentItem[]> = {};
  for (const f of files)
    if (f.stepId) byStep[f.stepId] = [...(byStep[f.stepId] ?? []), attachmentItem(f.file)];
  return {
    flow: { id: flow.id, name: flow.name },
    steps,
    assets: choices,
    startAssetId: row.startAssetId,
    chooseVisibility: ctx.actor.role !== "code_user",
    clientKey: randomUUID(),
    draft: {
      ticketId: row.ticket.id,
      number: row.ticket.number,
      version: row.ticket.version,
      visibility: row.ticket.visibility,
      answers: Object.fromEntries(
        answers.flatMap((a) => (a.stepId && a.value !== null ? [[a.stepId, a.value]] : [])),
      ),
      files: byStep,
    },
  };
}

export type ProvidedAnswer = {
  question: string;
  inputType: FlowInputType;
  value: AnswerValue | null;
  label: string | null;
  files: AttachmentItem[];
};

/**
 * "Information provided": every answer with the question as it was asked. The caller has checked
 * the reader may see the ticket; the answers are the creator's, so whoever sees the ticket sees them.
 */
export async function ticketAnswersOf(
  db: Db,
  ticketId: string,
): Promise<{ flowName: string | null; answers: ProvidedAnswer[] }> {
  const [link, rows, files] = await Promise.all([
    db.select({ name: ticketFlows.flowName }).from(ticketFlows).where(eq(ticketFlows.ticketId, ticketId)),
    db
      .select()
      .from(ticketAnswers)
      .where(eq(ticketAnswers.ticketId, ticketId))
      .orderBy(asc(ticketAnswers.position)),
    db
      .select()
      .from(attachments)
      .where(and(eq(attachments.ticketId, ticketId), isNotNull(attachments.answerId)))
      .orderBy(asc(attachments.createdAt)),
  ]);
  return {
    flowName: link[0]?.name ?? null,
    answers: rows.map((r) => ({
      question: r.question,
      inputType: r.inputType,
      value: r.value,
      label: r.label,
      files: files.filter((f) => f.answerId === r.id).map(attachmentItem),
    })),
  };
}
