import { and, eq, sql } from "drizzle-orm";
import { hashPassword } from "../lib/auth/password";
import type { Actor } from "../lib/context";
import { seedFlows } from "../lib/demo/seed-flows";
import { seedSessions, seedTasks } from "../lib/demo/seed-work-items";
import { loadTicketStatuses } from "../lib/statuses/load-statuses";
import { acceptOffer } from "../lib/tickets/accept-offer";
import { cancelTicket } from "../lib/tickets/cancel-ticket";
import { changeTicketStatus } from "../lib/tickets/change-ticket-status";
import { createTicket } from "../lib/tickets/create-ticket";
import { rateTicket } from "../lib/tickets/rate-ticket";
import { setTicketAmount } from "../lib/tickets/set-ticket-amount";
import type { Role } from "../lib/workflow/roles";
import type { SystemStatusKey } from "../lib/workflow/ticket-categories";
import { systemStatus } from "../lib/workflow/ticket-engine";
import type { Db } from "./client";
import { assetMembers, assetResponsibles, assets, statuses, users } from "./schema";

export const DEMO_PASSWORD = "demo1234";
export const DEMO_ASSET_CODE = "DEMO-2026";

const PEOPLE: { email: string; name: string; role: Role }[] = [
  { email: "admin@example.com", name: "Ada Admin", role: "admin" },
  { email: "moderator@example.com", name: "Max Moderator", role: "moderator" },
  { email: "member@example.com", name: "Mia Member", role: "member" },
  { email: "member2@example.com", name: "Milo Member", role: "member" },
  { email: "customer@example.com", name: "Carla Customer", role: "code_user" },
  { email: "customer2@example.com", name: "Conrad Customer", role: "code_user" },
];

/** Demo data for the embedded default: only into an empty database, never when disabled. */
export async function seedDemoIfEmpty(db: Db, options: { enabled: boolean }): Promise<boolean> {
  if (!options.enabled) return false;
  const [{ n }] = (await db.select({ n: sql<number>`count(*)::int` }).from(users)) as [{ n: number }];
  if (n > 0) return false;
  await seedDemo(db);
  return true;
}

export async function seedDemo(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const inserted = await db
    .insert(users)
    .values(PEOPLE.map((p) => ({ ...p, passwordHash, demoPassword: true })))
    .returning();
  const actor = (email: string): Actor => {
    const u = inserted.find((x) => x.email === email)!;
    return { id: u.id, role: u.role, name: u.name, email: u.email };
  };
  const [admin, moderator, member, member2, customer, customer2] = PEOPLE.map((p) => actor(p.email)) as [
    Actor,
    Actor,
    Actor,
    Actor,
    Actor,
    Actor,
  ];
  const [demoAsset, workshop] = await db
    .insert(assets)
    .values([
      { name: "Demo Asset", accessCode: DEMO_ASSET_CODE },
      { name: "Conrad's Workshop", accessCode: "WORK-7731" },
    ])
    .returning();
  await db.insert(assetResponsibles).values([
    { assetId: demoAsset!.id, userId: member.id },
    { assetId: demoAsset!.id, userId: member2.id },
  ]);
  await db.insert(assetMembers).values([
    { userId: customer.id, assetId: demoAsset!.id },
    { userId: customer2.id, assetId: demoAsset!.id },
    { userId: customer2.id, assetId: workshop!.id },
  ]);

  await seedWorkflowExtras(db, { member, member2, customer, customer2 });
  const statusList = await loadTicketStatuses(db);
  const status = (key: SystemStatusKey) => systemStatus(statusList, key).id;
  const as = (a: Actor) => ({ actor: a, db });
  const newTicket = (
    a: Actor,
    title: string,
    description: string,
    assetId: string | null,
    visibility = "public",
  ) => createTicket(as(a), { title, description, assetId, visibility: visibility as "public" | "internal" });
  const move = async (a: Actor, t: { ticketId: string; version: number }, key: SystemStatusKey) =>
    changeTicketStatus(as(a), { ticketId: t.ticketId, version: t.version, statusId: status(key) });

  const demo = demoAsset!.id;
  await newTicket(customer, "Coffee machine shows error E42", "The display shows E42 after descaling.", demo);

  let t = await newTicket(
    customer,
    "Door sensor does not react",
    "Front door sensor stopped working on Monday.",
    demo,
  );
  t = await acceptOffer(as(member), { ticketId: t.ticketId });

  t = await newTicket(
    customer2,
    "Replace worn conveyor belt",
    "Belt on line 2 is fraying at the edges.",
    demo,
  );
  t = await acceptOffer(as(member), { ticketId: t.ticketId });
  t = await move(member, t, "in_progress");

  t = await newTicket(customer, "Heating makes a loud noise", "Knocking sound every few minutes.", demo);
  t = await acceptOffer(as(member2), { ticketId: t.ticketId });
  t = await move(member2, t, "in_progress");
  t = await move(member2, t, "waiting_customer");

  t = await newTicket(customer2, "Compressor needs spare valve", "Waiting for the supplier.", workshop!.id);
  t = await acceptOffer(as(member), { ticketId: t.ticketId });
  t = await setTicketAmount(as(member), { ...t, amountCents: 18_000 });
  t = await move(member, t, "in_progress");
  t = await changeTicketStatus(as(member), { ...t, statusId: byName(statusList, "Awaiting parts") });
  const compressor = t.ticketId;

  t = await newTicket(customer, "Annual maintenance of the lift", "Yearly inspection due.", demo);
  t = await acceptOffer(as(member), { ticketId: t.ticketId });
  t = await setTicketAmount(as(member), { ...t, amountCents: 24_900 });
  const lift = t.ticketId;
  t = await move(member, t, "in_progress");
  t = await move(member, t, "done");

  t = await newTicket(customer, "Lights flicker in hall B", "Fluorescent tubes flicker.", demo);
  t = await acceptOffer(as(member2), { ticketId: t.ticketId });
  t = await move(member2, t, "in_progress");
  t = await move(member2, t, "done");
  await rateTicket(as(customer), {
    ticketId: t.ticketId,
    version: t.version,
    stars: 5,
    comment: "Quick and friendly.",
  });

  t = await newTicket(customer2, "Paint job on gate", "Customer declined the quote.", demo);
  t = await acceptOffer(as(member), { ticketId: t.ticketId });
  t = await move(moderator, t, "closed_unsuccessful");

  t = await newTicket(customer, "Duplicate: coffee machine", "Opened twice by mistake.", demo);
  await cancelTicket(as(customer), { ticketId: t.ticketId, version: t.version });

  t = await newTicket(
    admin,
    "Renew service van insurance",
    "Internal: policy expires next month.",
    null,
    "internal",
  );
  t = await acceptOffer(as(member2), { ticketId: t.ticketId });

  await seedTasks(db, { admin, moderator, member, member2 }, { compressor, lift });
  await seedSessions(db, { member, customer, customer2 }, { demo, workshop: workshop!.id, compressor });

  await seedFlows(db, { admin });
}

const byName = (list: { id: string; name: string }[], name: string) => list.find((s) => s.name === name)!.id;

/** Custom statuses with actions, customers' phones and employees' pay rates (workflow.md 2.5). */
async function seedWorkflowExtras(
  db: Db,
  people: { member: Actor; member2: Actor; customer: Actor; customer2: Actor },
) {
  await db.insert(statuses).values([
    { kind: "ticket", category: "on_hold", name: "Awaiting parts", color: "#fb923c", position: 20 },
    {
      kind: "ticket",
      category: "done",
      name: "Ready for pickup",
      color: "#10b981",
      position: 21,
      actions: [
        {
          type: "sms_customer",
          body: "{{customer}}, your ticket {{number}} ({{title}}) is ready for pickup. {{link}}",
        },
        { type: "calculate_pay" },
      ],
    },
    {
      kind: "ticket",
      category: "closed",
      name: "Paid",
      color: "#047857",
      position: 22,
      actions: [
        { type: "open_payment" },
        {
          type: "email_customer",
          subject: "Thank you for your payment ({{number}})",
          body: "Hello {{customer}},\n\nwe have received your payment for {{title}}. Your ticket is now {{status}}.\n\n{{link}}",
        },
      ],
    },
    {
      kind: "ticket",
      category: "closed_unsuccessful",
      name: "Closed (unpaid)",
      color: "#94a3b8",
      position: 23,
      actions: [{ type: "write_off" }],
    },
  ]);
  await db
    .update(statuses)
    .set({ actions: [{ type: "calculate_pay" }] })
    .where(and(eq(statuses.kind, "ticket"), eq(statuses.systemKey, "done")));
  await db.update(users).set({ phone: "+49 151 2345 0001" }).where(eq(users.id, people.customer.id));
  await db.update(users).set({ phone: "+49 151 2345 0002" }).where(eq(users.id, people.customer2.id));
  await db
    .update(users)
    .set({ payRateKind: "percent", payRateValue: 10 })
    .where(eq(users.id, people.member.id));
  await db
    .update(users)
    .set({ payRateKind: "fixed", payRateValue: 2500 })
    .where(eq(users.id, people.member2.id));
}
