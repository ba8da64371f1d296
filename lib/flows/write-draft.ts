import { and, eq, inArray, isNull, notInArray, or, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  assetMembers,
  assets,
  attachments,
  creationFlows,
  ticketAnswers,
  ticketEvents,
  ticketFlows,
  tickets,
} from "@/db/schema";
import type { Actor } from "../context";
import { conflict, invalid, notFound } from "../errors";
import { type Msg, msg } from "../i18n/msg";
import type { StatusRow } from "../statuses/load-statuses";
import { systemStatus } from "../workflow/ticket-engine";
import {
  type FlowRow,
  type FlowStepRow,
  flowAssetIds,
  loadFlow,
  loadFlowSteps,
  startableWhere,
} from "./load-flow";
import type { saveDraftSchema } from "./schemas";
import { ticketFields } from "./ticket-fields";
import { type AnswerValue, validateAnswer } from "./validate-answer";

type DraftInput = ReturnType<typeof saveDraftSchema.parse>;
export type DraftRow = typeof tickets.$inferSelect;
export type WrittenDraft = {
  ticket: DraftRow;
  flow: FlowRow;
  steps: FlowStepRow[];
  answers: Record<string, AnswerValue>;
  /** The draft was already created as a ticket (a second "Create ticket" of the same draft). */
  submitted: boolean;
};

/**
 * Saves a creator's answers into their draft (making the draft on the first save), checked by type,
 * with each question copied beside its answer. The ticket row is locked first: two saves of one
 * draft run one after the other, and a stale version is refused.
 */
export async function writeDraft(
  tx: Tx,
  actor: Actor,
  given_: DraftInput,
  statuses: StatusRow[],
): Promise<WrittenDraft> {
  const input = await sameForm(tx, actor, given_);
  const draftStatus = systemStatus(statuses, "draft");
  let ticket: DraftRow | null = null;
  let flow: FlowRow | null;
  let startAsset: string | null = null;
  if (input.ticketId) {
    const [row] = await tx
      .select()
      .from(tickets)
      .where(and(eq(tickets.id, input.ticketId), eq(tickets.creatorId, actor.id)))
      .for("update");
    const [link] = row ? await tx.select().from(ticketFlows).where(eq(ticketFlows.ticketId, row.id)) : [];
    if (!row || !link) throw notFound(msg("errors.flows.unknownDraft"));
    flow = await loadFlow(tx, link.flowId);
    if (row.statusId !== draftStatus.id) {
      return { ticket: row, flow: flow!, steps: [], answers: {}, submitted: true };
    }
    if (input.version !== row.version) throw conflict();
    ticket = row;
    startAsset = link.startAssetId;
  } else {
    const [startable] = await tx
      .select({ id: creationFlows.id })
      .from(creationFlows)
      .where(and(eq(creationFlows.id, input.flowId), startableWhere(actor)));
    flow = startable ? await loadFlow(tx, input.flowId) : null;
    if (!flow) throw notFound(msg("errors.flows.unknownFlow"));
  }
  if (!flow) throw notFound(msg("errors.flows.unknownFlow"));
  const steps = await loadFlowSteps(tx, flow.id);
  const byId = new Map(steps.map((s) => [s.id, s]));
  const unknown = Object.keys(input.answers).filter((id) => !byId.has(id));
  if (unknown.length) throw invalid(msg("errors.flows.unknownStep"));

  const allowedAssets = await reportableAssets(tx, actor, flow, [
    ...(input.assetId ? [input.assetId] : []),
    ...steps.flatMap((s) =>
      s.inputType === "asset" && typeof input.answers[s.id] === "string"
        ? [input.answers[s.id] as string]
        : [],
    ),
  ]);
  const errors: Record<string, Msg[]> = {};
  const given = new Map<string, AnswerValue | null>();
  for (const [stepId, raw] of Object.entries(input.answers)) {
    const check = validateAnswer(byId.get(stepId)!, raw, new Set(allowedAssets.keys()));
    if (check.ok) given.set(stepId, check.value);
    else errors[stepId] = [check.error];
  }
  if (!ticket && input.assetId) {
    if (allowedAssets.has(input.assetId)) startAsset = input.assetId;
    else errors.assetId = [msg("errors.flows.answerAsset")];
  }
  if (ticket) await checkFiles(tx, actor, ticket.id, given, byId, errors);
  else if ([...given].some(([id, v]) => byId.get(id)!.inputType === "file" && v !== null)) {
    for (const [id] of given)
      if (byId.get(id)!.inputType === "file") errors[id] = [msg("errors.flows.answerFiles")];
  }
  if (Object.keys(errors).length) throw invalid(msg("errors.correctFields"), errors);

  if (!ticket) {
    const fields = ticketFields(flow.name, steps, Object.fromEntries(given), startAsset);
    const [row] = await tx
      .insert(tickets)
      .values({
        ...fields,
        visibility: actor.role === "code_user" ? "public" : (input.visibility ?? "public"),
        creatorId: actor.id,
        statusId: draftStatus.id,
      })
      .returning();
    ticket = row!;
    await tx.insert(ticketFlows).values({
      ticketId: ticket.id,
      flowId: flow.id,
      flowName: flow.name,
      startAssetId: startAsset,
      clientKey: input.clientKey ?? null,
    });
    await tx.insert(ticketEvents).values({
      ticketId: ticket.id,
      actorId: actor.id,
      type: "created",
      toStatusId: draftStatus.id,
      toCategory: "draft",
      data: { title: ticket.title, visibility: ticket.visibility },
    });
  }
  await storeAnswers(tx, ticket.id, given, byId, allowedAssets);
  const answers = await currentAnswers(tx, ticket.id);
  const fields = ticketFields(flow.name, steps, answers, startAsset);
  const [updated] = await tx
    .update(tickets)
    .set({
      ...fields,
      visibility: actor.role === "code_user" ? "public" : (input.visibility ?? ticket.visibility),
      version: sql`${tickets.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(tickets.id, ticket.id), eq(tickets.version, ticket.version)))
    .returning();
  if (!updated) throw conflict();
  return { ticket: updated, flow, steps, answers, submitted: false };
}

/**
 * A form's first save names its key: when a second first save with the same key arrives (a double
 * click before the first answered), it waits for the first and continues the draft that one made.
 */
async function sameForm(tx: Tx, actor: Actor, input: DraftInput): Promise<DraftInput> {
  if (input.ticketId || !input.clientKey) return input;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${input.clientKey}))`);
  const [earlier] = await tx
    .select({ ticketId: ticketFlows.ticketId, version: tickets.version })
    .from(ticketFlows)
    .innerJoin(tickets, eq(tickets.id, ticketFlows.ticketId))
    .where(and(eq(ticketFlows.clientKey, input.clientKey), eq(tickets.creatorId, actor.id)));
  return earlier ? { ...input, ticketId: earlier.ticketId, version: earlier.version } : input;
}

/**
 * At "Create ticket" every stored answer is checked again against the flow as it is now (a step
 * may have changed type) and the asset against what this person may still name.
 */
export async function recheckAnswers(
  tx: Tx,
  actor: Actor,
  written: WrittenDraft,
): Promise<Record<string, Msg[]>> {
  const { flow, steps, answers, ticket } = written;
  const candidates = [
    ...(ticket.assetId ? [ticket.assetId] : []),
    ...steps.flatMap((s) =>
      s.inputType === "asset" && typeof answers[s.id] === "string" ? [answers[s.id] as string] : [],
    ),
  ];
  const allowed = await reportableAssets(tx, actor, flow, candidates);
  const errors: Record<string, Msg[]> = {};
  for (const step of steps) {
    if (answers[step.id] === undefined) continue;
    const check = validateAnswer(step, answers[step.id], new Set(allowed.keys()));
    if (!check.ok) errors[step.id] = [check.error];
  }
  if (ticket.assetId && !allowed.has(ticket.assetId)) {
    const assetStep = steps.find((s) => s.inputType === "asset");
    errors[assetStep?.id ?? "assetId"] = [
      msg(flow.assetScope === "chosen" ? "errors.flows.assetOutOfScope" : "errors.flows.answerAsset"),
    ];
  }
  return errors;
}

/** The assets among `candidates` this person may name here: theirs (customers) or any (staff), in the flow's scope. */
async function reportableAssets(
  tx: Tx,
  actor: Actor,
  flow: FlowRow,
  candidates: string[],
): Promise<Map<string, string>> {
  if (candidates.length === 0) return new Map();
  const rows =
    actor.role === "code_user"
      ? await tx
          .select({ id: assets.id, name: assets.name })
          .from(assetMembers)
          .innerJoin(assets, eq(assets.id, assetMembers.assetId))
          .where(and(eq(assetMembers.userId, actor.id), inArray(assets.id, candidates)))
      : await tx
          .select({ id: assets.id, name: assets.name })
          .from(assets)
          .where(inArray(assets.id, candidates));
  const scope = flow.assetScope === "chosen" ? new Set(await flowAssetIds(tx, flow.id)) : null;
  return new Map(rows.filter((r) => !scope || scope.has(r.id)).map((r) => [r.id, r.name]));
}

/** Files answered must be this creator's uploads to this draft, not sent with a message or another step. */
async function checkFiles(
  tx: Tx,
  actor: Actor,
  ticketId: string,
  given: Map<string, AnswerValue | null>,
  byId: Map<string, FlowStepRow>,
  errors: Record<string, Msg[]>,
) {
  for (const [stepId, value] of given) {
    if (byId.get(stepId)!.inputType !== "file" || !Array.isArray(value)) continue;
    const own = await tx
      .select({ id: attachments.id })
      .from(attachments)
      .leftJoin(ticketAnswers, eq(ticketAnswers.id, attachments.answerId))
      .where(
        and(
          inArray(attachments.id, value),
          eq(attachments.ticketId, ticketId),
          eq(attachments.uploaderId, actor.id),
          isNull(attachments.messageId),
          isNull(attachments.updateId),
          or(isNull(attachments.answerId), eq(ticketAnswers.stepId, stepId)),
        ),
      );
    if (own.length !== value.length) errors[stepId] = [msg("errors.flows.answerFiles")];
  }
}

async function storeAnswers(
  tx: Tx,
  ticketId: string,
  given: Map<string, AnswerValue | null>,
  byId: Map<string, FlowStepRow>,
  assetNames: Map<string, string>,
) {
  for (const [stepId, value] of given) {
    const step = byId.get(stepId)!;
    if (value === null) {
      await tx
        .delete(ticketAnswers)
        .where(and(eq(ticketAnswers.ticketId, ticketId), eq(ticketAnswers.stepId, stepId)));
      continue;
    }
    const label = step.inputType === "asset" ? (assetNames.get(value as string) ?? null) : null;
    const row = { position: step.position, question: step.question, inputType: step.inputType, value, label };
    const [answer] = await tx
      .insert(ticketAnswers)
      .values({ ticketId, stepId, ...row })
      .onConflictDoUpdate({
        target: [ticketAnswers.ticketId, ticketAnswers.stepId],
        set: { ...row, updatedAt: sql`now()` },
      })
      .returning({ id: ticketAnswers.id });
    if (step.inputType !== "file") continue;
    const ids = value as string[];
    // Files taken out of the answer become unsent uploads again: the day-old sweep removes them.
    await tx
      .update(attachments)
      .set({ answerId: null })
      .where(and(eq(attachments.answerId, answer!.id), notInArray(attachments.id, ids)));
    await tx.update(attachments).set({ answerId: answer!.id }).where(inArray(attachments.id, ids));
  }
}

async function currentAnswers(tx: Tx, ticketId: string): Promise<Record<string, AnswerValue>> {
  const rows = await tx
    .select({ stepId: ticketAnswers.stepId, value: ticketAnswers.value })
    .from(ticketAnswers)
    .where(eq(ticketAnswers.ticketId, ticketId));
  return Object.fromEntries(rows.flatMap((r) => (r.stepId && r.value !== null ? [[r.stepId, r.value]] : [])));
}
