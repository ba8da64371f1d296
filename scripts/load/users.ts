/**
 * The simulated users: each signs in once, then loops browse → open a ticket → (sometimes) a
 * command, with a short random think time between requests, until the deadline.
 */
import { performance } from "node:perf_hooks";
import type { HttpClient } from "./http-client";
import type { LoadUser } from "./setup";
import type { Stats } from "./stats";

export type Command = {
  kind: "change_status" | "accept_offer" | "create_ticket";
  actorId: string;
  ticketId: string | null;
  statusId: string | null;
  /** accepted: the client saw it succeed; unknown: no clean answer (it may or may not have committed). */
  outcome: "accepted" | "unknown";
};

export type UserContext = {
  client: HttpClient;
  user: LoadUser;
  stats: Stats;
  actions: { changeStatus: string; acceptOffer: string; createTicket: string };
  commands: Command[];
  until: number;
};

type ListItem = { id: string; number: number };
type StatusOption = { id: string; category: string; opensPayment: boolean; confirm: string | null };
type StaffDetail = {
  id: string;
  number: number;
  version: number;
  offers: { userId: string; state: string }[];
  transitions: StatusOption[];
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const think = () => sleep(100 + Math.random() * 400);
const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(Math.random() * list.length)];

async function get<T>(ctx: UserContext, action: string, path: string): Promise<T | null> {
  const t0 = performance.now();
  try {
    const { answer, body } = await ctx.client.json<T>(path);
    ctx.stats.record(action, answer.status === 200 ? "ok" : "error", answer.ms, `HTTP ${answer.status}`);
    return body;
  } catch (error) {
    ctx.stats.record(action, "error", performance.now() - t0, String((error as Error).message));
    return null;
  }
}

async function page(ctx: UserContext, action: string, path: string): Promise<void> {
  const t0 = performance.now();
  try {
    const answer = await ctx.client.request(path);
    ctx.stats.record(action, answer.status === 200 ? "ok" : "error", answer.ms, `HTTP ${answer.status}`);
  } catch (error) {
    ctx.stats.record(action, "error", performance.now() - t0, String((error as Error).message));
  }
}

async function command(
  ctx: UserContext,
  kind: Command["kind"],
  pagePath: string,
  actionId: string,
  input: Record<string, unknown>,
): Promise<void> {
  const outcome = await ctx.client.action(pagePath, actionId, [input]);
  const action = kind.replace("_", " ");
  if (outcome.kind === "accepted") ctx.stats.record(action, "ok", outcome.ms);
  else if (outcome.kind === "refused") ctx.stats.record(action, "refused", outcome.ms, outcome.code);
  else ctx.stats.record(action, "error", outcome.ms, outcome.detail);
  if (outcome.kind === "refused") return;
  const data = (outcome.kind === "accepted" ? outcome.data : null) as { ticketId?: string } | null;
  ctx.commands.push({
    kind,
    actorId: ctx.user.id,
    ticketId: (input.ticketId as string | undefined) ?? data?.ticketId ?? null,
    statusId: (input.statusId as string | undefined) ?? null,
    outcome: outcome.kind === "accepted" ? "accepted" : "unknown",
  });
}

async function employeeRound(ctx: UserContext): Promise<void> {
  const mine = ctx.user.role === "member";
  const list = await get<{ items: ListItem[] }>(
    ctx,
    "list (api)",
    mine ? "/api/tickets?assignee=me" : "/api/tickets?category=active",
  );
  await think();
  let items = list?.items ?? [];
  if (mine && (items.length === 0 || Math.random() < 0.4)) {
    items =
      (await get<{ items: ListItem[] }>(ctx, "list (api)", "/api/tickets?category=open"))?.items ?? items;
    await think();
  }
  if (Math.random() < 0.2) {
    await page(ctx, "list page", "/tickets");
    await think();
  }
  const chosen = pick(items);
  if (!chosen) return;
  const detail = await get<StaffDetail>(ctx, "detail (api)", `/api/tickets/${chosen.number}`);
  await think();
  if (Math.random() < 0.2) {
    await page(ctx, "detail page", `/tickets/${chosen.number}`);
    await think();
  }
  if (!detail) return;
  const ticketPage = `/tickets/${detail.number}`;
  if (detail.offers.some((o) => o.userId === ctx.user.id && o.state === "pending")) {
    await command(ctx, "accept_offer", ticketPage, ctx.actions.acceptOffer, { ticketId: detail.id });
  } else {
    // Cancelled tickets never come back: leave cancelling to people, so the load keeps its tickets.
    const to = pick(detail.transitions.filter((t) => t.category !== "cancelled"));
    if (!to) return;
    await command(ctx, "change_status", ticketPage, ctx.actions.changeStatus, {
      ticketId: detail.id,
      version: detail.version,
      statusId: to.id,
      ...(to.opensPayment ? { payment: { amountCents: 4_900, method: "card" } } : {}),
    });
  }
  await think();
}

async function customerRound(ctx: UserContext, round: number): Promise<void> {
  // Every third round the portal page, as a person arriving; otherwise the list the page fetches.
  if (round % 3 === 0) {
    await page(ctx, "portal list page", "/portal/tickets");
    await think();
  }
  const list = await get<{ items: (ListItem & { mine: boolean })[] }>(ctx, "list (api)", "/api/tickets");
  await think();
  const own = list?.items.filter((t) => t.mine) ?? [];
  if ((list && own.length === 0) || Math.random() < 0.12) {
    await command(ctx, "create_ticket", "/portal/tickets/new", ctx.actions.createTicket, {
      title: `Load ${ctx.user.email.split("@")[0]} round ${round}`,
      description: "Opened by scripts/load.",
      assetId: ctx.user.assetId ?? null,
      visibility: "public",
    });
    await think();
    return;
  }
  const chosen = pick(own);
  if (!chosen) return;
  await get(ctx, "detail (api)", `/api/tickets/${chosen.number}`);
  await think();
  if (Math.random() < 0.3) {
    await page(ctx, "portal detail page", `/portal/tickets/${chosen.number}`);
    await think();
  }
}

/** Signs in (failing loudly: a load user that cannot sign in is a broken run) and loops. */
export async function runUser(ctx: UserContext): Promise<void> {
  const signed = await ctx.client.signIn(ctx.user.email, ctx.user.password);
  ctx.stats.record("sign in", signed.ok ? "ok" : "error", signed.ms, `HTTP ${signed.status}`);
  if (!signed.ok) throw new Error(`${ctx.user.email} could not sign in (HTTP ${signed.status}).`);
  for (let round = 0; Date.now() < ctx.until; round++) {
    if (ctx.user.role === "code_user") await customerRound(ctx, round);
    else await employeeRound(ctx);
  }
}
