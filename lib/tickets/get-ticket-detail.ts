import { and, asc, eq, inArray } from "drizzle-orm";
import { assets, ratings, ticketAssignees, ticketOffers, tickets, users } from "@/db/schema";
import type { Ctx } from "../context";
import { env } from "../env";
import { ticketAnswersOf } from "../flows/queries";
import { translator } from "../i18n/translate";
import { previewPay } from "../pay/pay-preview";
import { loadTicketMoney } from "../payments/queries";
import { listTicketSessions } from "../sessions/queries";
import { loadDonePolicy } from "../settings/done-policy";
import { readTicketStatuses } from "../statuses/load-statuses";
import { localizeStatuses } from "../statuses/localize-statuses";
import { listTicketTasks } from "../tasks/queries";
import { STAFF_ROLES } from "../workflow/roles";
import { previewActions } from "../workflow/status-actions";
import { ticketBar } from "../workflow/status-bar";
import { customerLabel } from "../workflow/ticket-categories";
import {
  customerActions,
  decideTicket,
  menuMoves,
  systemStatus,
  type TicketState,
} from "../workflow/ticket-engine";
import { messagingRefusal } from "../workflow/ticket-messaging";
import { customerAttention } from "./customer-attention";
import { visibleTicketsWhere } from "./ticket-access";
import { loadTicketHistory } from "./ticket-history";
import type { TicketDetail } from "./types";

/** The detail of one ticket as this actor may see it, or null (unknown or not theirs to see). */
export async function getTicketDetail(ctx: Ctx, number: number): Promise<TicketDetail | null> {
  const { actor, db } = ctx;
  const t = translator(actor.locale);
  const storedStatuses = await readTicketStatuses(db);
  const statusList = localizeStatuses(storedStatuses, t);
  const draft = systemStatus(statusList, "draft");
  const [row] = await db
    .select({
      ticket: tickets,
      assetName: assets.name,
      creatorName: users.name,
      creatorRole: users.role,
      creatorEmail: users.email,
      creatorPhone: users.phone,
    })
    .from(tickets)
    .innerJoin(users, eq(users.id, tickets.creatorId))
    .leftJoin(assets, eq(assets.id, tickets.assetId))
    .where(and(eq(tickets.number, number), visibleTicketsWhere(actor, draft.id)))
    .limit(1);
  if (!row) return null;
  const { ticket } = row;
  const audience = actor.role === "code_user" ? "customer" : "staff";
  const [assignees, offers, [rating], policy, history, sessions, provided] = await Promise.all([
    db
      .select({ id: users.id, name: users.name })
      .from(ticketAssignees)
      .innerJoin(users, eq(users.id, ticketAssignees.userId))
      .where(eq(ticketAssignees.ticketId, ticket.id))
      .orderBy(asc(users.name)),
    db
      .select({ userId: ticketOffers.userId, state: ticketOffers.state, name: users.name })
      .from(ticketOffers)
      .innerJoin(users, eq(users.id, ticketOffers.userId))
      .where(eq(ticketOffers.ticketId, ticket.id))
      .orderBy(asc(users.name)),
    db
      .select({ stars: ratings.stars, comment: ratings.comment })
      .from(ratings)
      .where(eq(ratings.ticketId, ticket.id)),
    loadDonePolicy(db),
    loadTicketHistory(db, ticket.id, audience, t),
    listTicketSessions(ctx, ticket.id),
    ticketAnswersOf(db, ticket.id),
  ]);
  const status = statusList.find((s) => s.id === ticket.statusId)!;
  const state: TicketState = {
    status,
    amountCents: ticket.amountCents,
    creatorId: ticket.creatorId,
    assigneeIds: assignees.map((a) => a.id),
    offers: offers.map((o) => ({ userId: o.userId, state: o.state })),
  };
  const engine = { actor: { id: actor.id, role: actor.role }, ticket: state, statuses: statusList, policy };
  const stored = storedStatuses.find((s) => s.id === status.id)!;
  const bar = ticketBar({
    category: status.category,
    statusName: stored.name,
    displayName: status.name,
    cancelledFrom: history.cancelledFrom,
    audience,
  });
  const asset = ticket.assetId && row.assetName ? { id: ticket.assetId, name: row.assetName } : null;
  const common = {
    id: ticket.id,
    number: ticket.number,
    title: ticket.title,
    description: ticket.description,
    version: ticket.version,
    createdAt: ticket.createdAt.toISOString(),
    asset,
    bar,
    rating: rating ?? null,
    history: history.items,
    sessions,
    provided: provided.answers.length > 0 || provided.flowName ? provided : null,
    draft:
      status.category === "draft" && ticket.creatorId === actor.id
        ? { days: env().DRAFT_RETENTION_DAYS }
        : null,
    // The same people may add updates as may write in the messenger (workflow.md 2.3).
    mayUpdate: messagingRefusal(engine.actor, state) === null,
  };

  if (audience === "customer") {
    const mine = ticket.creatorId === actor.id;
    return {
      ...common,
      // Another holder of the asset sees the stars, never the creator's own words.
      rating: rating && !mine ? { stars: rating.stars, comment: null } : (rating ?? null),
      audience,
      mine,
      step: customerLabel(status.category),
      assignees: assignees.map((a) => a.name),
      actions: customerActions(engine),
      attention: customerAttention(status.category, mine, policy.mode),
      donePolicy: policy.mode,
      money: mine ? await loadTicketMoney(db, ticket.id, ticket.amountCents) : null,
    };
  }
  const canAssign = actor.role === "admin" || actor.role === "moderator";
  const moves = menuMoves(engine);
  const entersPay = moves.some((move) => move.enters.includes("calculate_pay"));
  // Every employee may give a task to anyone; only managers assign the ticket itself.
  const [employees, money, payPreview, tasks] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, role: users.role })
      .from(users)
      .where(and(eq(users.active, true), inArray(users.role, [...STAFF_ROLES])))
      .orderBy(asc(users.name)),
    loadTicketMoney(db, ticket.id, ticket.amountCents),
    entersPay ? previewPay(db, ticket) : null,
    listTicketTasks(ctx, ticket.id),
  ]);
  const paid = { ...engine, ticket: { ...state, paidCents: money.paidCents } };
  return {
    ...common,
    audience,
    visibility: ticket.visibility,
    creator: {
      id: ticket.creatorId,
      name: row.creatorName,
      isCustomer: row.creatorRole === "code_user",
      email: row.creatorEmail,
      phone: row.creatorRole === "code_user" ? row.creatorPhone : null,
    },
    status: {
      id: status.id,
      name: status.name,
      color: status.color,
      category: status.category,
      archived: status.archived,
    },
    assignees,
    offers,
    myPendingOffer: offers.some((o) => o.userId === actor.id && o.state === "pending"),
    transitions: moves.map(({ status: target, enters, undoable }) => ({
      id: target.id,
      name: target.name,
      color: statusList.find((x) => x.id === target.id)?.color ?? "#64748b",
      category: target.category,
      preview: previewActions(enters).map(t.msg).join(", "),
      warning:
        enters.includes("calculate_pay") && payPreview === 0
          ? t.t("workflow.preview.zeroPay", { amount: t.money(0) })
          : null,
      opensPayment: target.actionTypes.includes("open_payment"),
      confirm:
        target.category === "cancelled"
          ? ("cancel" as const)
          : target.category === "closed_unsuccessful" || enters.includes("write_off")
            ? ("close_unpaid" as const)
            : null,
      undoable,
    })),
    amountCents: ticket.amountCents,
    canSetAmount: decideTicket(paid, { type: "set_amount", amountCents: (ticket.amountCents ?? 0) + 1 }).ok,
    money,
    canAssign,
    employees,
    tasks,
  };
}
