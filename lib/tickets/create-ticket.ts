import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { assetMembers, assets, outbox, ticketEvents, tickets } from "@/db/schema";
import { assetRecipients } from "../assets/asset-recipients";
import type { Ctx } from "../context";
import { DomainError, invalid } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { loadDonePolicy } from "../settings/done-policy";
import { loadTicketStatuses } from "../statuses/load-statuses";
import { decideTicket, systemStatus } from "../workflow/ticket-engine";
import { applyTicketEvents } from "./apply-ticket-events";
import type { TicketChangeResult } from "./run-ticket-command";
import { type CreateTicketInput, createTicketSchema } from "./schemas";
import { ticketEventOutboxRow } from "./ticket-event-outbox";

/** Creates a ticket and submits it: draft → open, with offers, in one transaction. */
export async function createTicket({ actor, db }: Ctx, raw: CreateTicketInput): Promise<TicketChangeResult> {
  const input = parseInput(createTicketSchema, raw);
  return db.transaction((tx) => insertTicket(tx, actor, input));
}

/** createTicket inside the caller's transaction (a ticket made from a session is linked in the same one). */
export async function insertTicket(
  tx: Tx,
  actor: Ctx["actor"],
  input: ReturnType<typeof createTicketSchema.parse>,
): Promise<TicketChangeResult> {
  const visibility = actor.role === "code_user" ? "public" : input.visibility;
  if (input.assetId) {
    const allowed =
      actor.role === "code_user"
        ? await tx
            .select({ id: assetMembers.assetId })
            .from(assetMembers)
            .where(and(eq(assetMembers.assetId, input.assetId), eq(assetMembers.userId, actor.id)))
        : await tx.select({ id: assets.id }).from(assets).where(eq(assets.id, input.assetId));
    if (allowed.length === 0) {
      throw invalid(msg("errors.tickets.chooseOwnAsset"), {
        assetId: [msg("errors.tickets.chooseOwnAsset")],
      });
    }
  }
  const [statuses, policy] = await Promise.all([loadTicketStatuses(tx), loadDonePolicy(tx)]);
  const draft = systemStatus(statuses, "draft");
  const [row] = await tx
    .insert(tickets)
    .values({
      title: input.title,
      description: input.description,
      visibility,
      creatorId: actor.id,
      assetId: input.assetId,
      statusId: draft.id,
    })
    .returning();
  if (!row) throw new Error("Insert returned no ticket");
  const [created] = await tx
    .insert(ticketEvents)
    .values({
      ticketId: row.id,
      actorId: actor.id,
      type: "created",
      toStatusId: draft.id,
      toCategory: "draft",
      data: { title: row.title, visibility },
    })
    .returning({ id: ticketEvents.id });
  // The creator's confirmation (workflow.md 6), delivered after commit like every event's.
  await tx.insert(outbox).values(ticketEventOutboxRow(row, actor.id, created!.id, { type: "created" }));
  const decision = decideTicket(
    {
      actor: { id: actor.id, role: actor.role },
      ticket: { status: draft, creatorId: actor.id, assigneeIds: [], offers: [] },
      statuses,
      policy,
    },
    { type: "submit", offerTo: await assetRecipients(tx, input.assetId) },
  );
  if (!decision.ok) throw new DomainError(decision.code, decision.msg);
  const result = await applyTicketEvents(tx, { ...row, status: draft }, actor.id, decision.events, statuses);
  return { ticketId: row.id, number: row.number, version: result.version, statusId: result.status.id };
}
