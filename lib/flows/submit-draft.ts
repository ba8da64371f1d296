import { and, eq } from "drizzle-orm";
import { outbox, ticketAnswers, ticketEvents } from "@/db/schema";
import { assetRecipients } from "../assets/asset-recipients";
import type { Ctx } from "../context";
import { DomainError, invalid } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { loadDonePolicy } from "../settings/done-policy";
import { loadTicketStatuses } from "../statuses/load-statuses";
import { applyTicketEvents } from "../tickets/apply-ticket-events";
import type { TicketChangeResult } from "../tickets/run-ticket-command";
import { ticketEventOutboxRow } from "../tickets/ticket-event-outbox";
import { decideTicket, systemStatus } from "../workflow/ticket-engine";
import { firstIncomplete, screensFor } from "./flow-state";
import { flowAssetIds } from "./load-flow";
import { type SaveDraftInput, saveDraftSchema } from "./schemas";
import { recheckAnswers, writeDraft } from "./write-draft";

/**
 * "Create ticket": saves the last answers and, when every required step is answered, opens the
 * draft through the engine (draft → open, offers to the asset's employees) in the same transaction.
 * A second click on the same draft finds it created and returns it: offers go out once.
 */
export async function submitDraft({ actor, db }: Ctx, raw: SaveDraftInput): Promise<TicketChangeResult> {
  const input = parseInput(saveDraftSchema, raw);
  return db.transaction(async (tx) => {
    const [statuses, policy] = await Promise.all([loadTicketStatuses(tx), loadDonePolicy(tx)]);
    const written = await writeDraft(tx, actor, input, statuses);
    const { ticket, flow, steps, answers } = written;
    if (written.submitted) {
      return {
        ticketId: ticket.id,
        number: ticket.number,
        version: ticket.version,
        statusId: ticket.statusId,
      };
    }
    const staff = actor.role !== "code_user";
    const visibility = staff ? (input.visibility ?? null) : "public";
    const screens = screensFor(steps, staff);
    const missing = firstIncomplete(screens, answers, visibility);
    if (missing) {
      const screen = screens[missing.index]!;
      throw invalid(missing.error, {
        [screen.kind === "step" ? screen.step.id : "visibility"]: [missing.error],
      });
    }
    const stale = await recheckAnswers(tx, actor, written);
    if (Object.keys(stale).length) throw invalid(msg("errors.correctFields"), stale);
    if (
      flow.assetScope === "chosen" &&
      !(ticket.assetId && (await flowAssetIds(tx, flow.id)).includes(ticket.assetId))
    ) {
      const assetStep = steps.find((s) => s.inputType === "asset");
      throw invalid(msg("errors.flows.assetOutOfScope"), {
        [assetStep?.id ?? "assetId"]: [msg("errors.flows.assetOutOfScope")],
      });
    }
    // Answers are listed in the flow's order as it is at creation (steps may have moved meanwhile).
    for (const step of steps) {
      await tx
        .update(ticketAnswers)
        .set({ position: step.position })
        .where(and(eq(ticketAnswers.ticketId, ticket.id), eq(ticketAnswers.stepId, step.id)));
    }
    const draft = systemStatus(statuses, "draft");
    const [created] = await tx
      .select({ id: ticketEvents.id })
      .from(ticketEvents)
      .where(and(eq(ticketEvents.ticketId, ticket.id), eq(ticketEvents.type, "created")));
    // The creator's confirmation (workflow.md 6) waits for the ticket, not the draft.
    await tx.insert(outbox).values(ticketEventOutboxRow(ticket, actor.id, created!.id, { type: "created" }));
    const decision = decideTicket(
      {
        actor: { id: actor.id, role: actor.role },
        ticket: { status: draft, creatorId: ticket.creatorId, assigneeIds: [], offers: [] },
        statuses,
        policy,
      },
      { type: "submit", offerTo: await assetRecipients(tx, ticket.assetId) },
    );
    if (!decision.ok) throw new DomainError(decision.code, decision.msg);
    const result = await applyTicketEvents(
      tx,
      { ...ticket, status: draft },
      actor.id,
      decision.events,
      statuses,
    );
    return {
      ticketId: ticket.id,
      number: ticket.number,
      version: result.version,
      statusId: result.status.id,
    };
  });
}
