import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { assetMembers, users } from "@/db/schema";
import type { Actor } from "@/lib/context";
import { createLiveAudience, liveStreamState, mayHearMessage } from "@/lib/live/live-audience";
import type { LiveMessage } from "@/lib/work-items/live-message";
import { makeAsset, makeUser } from "@/tests/support/fixtures";
import { createTestDb } from "@/tests/support/test-db";

let handle: DbHandle;
let db: Db;

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
});
afterAll(() => handle.close());

const setActive = (id: string, active: boolean) => db.update(users).set({ active }).where(eq(users.id, id));
const setRole = (id: string, role: Actor["role"]) => db.update(users).set({ role }).where(eq(users.id, id));

let ticketNumber = 0;
function message(overrides: Partial<LiveMessage> = {}): LiveMessage {
  ticketNumber++;
  return {
    kind: "ticket",
    id: `ticket-${ticketNumber}`,
    number: ticketNumber,
    version: 1,
    visibility: "public",
    creatorId: "someone-else",
    assetId: null,
    ...overrides,
  };
}

describe("live audience refresh", () => {
  it("keeps an unchanged active user's stream open, and it still hears signals", async () => {
    const member = await makeUser(db, "member");
    const audience = await createLiveAudience({ actor: member, db });
    expect(await audience.refresh()).toBe("open");
    expect(await audience.refresh()).toBe("open");
    expect(audience.mayHear(message({ visibility: "internal" }))).toBe(true);
    expect(audience.hearsNotification([member.id])).toBe(true);
  });

  it("closes the stream of a user disabled after connecting, and stays closed", async () => {
    const moderator = await makeUser(db, "moderator");
    const audience = await createLiveAudience({ actor: moderator, db });
    expect(await audience.refresh()).toBe("open");

    await setActive(moderator.id, false);
    expect(await audience.refresh()).toBe("closed");
    expect(audience.mayHear(message())).toBe(false);
    expect(audience.hearsNotification([moderator.id])).toBe(false);

    // A closed stream is not revived: the reconnect is authorized afresh.
    await setActive(moderator.id, true);
    expect(await audience.refresh()).toBe("closed");
  });

  it("closes the stream of a disabled code user", async () => {
    const customer = await makeUser(db, "code_user");
    const audience = await createLiveAudience({ actor: customer, db });
    await setActive(customer.id, false);
    expect(await audience.refresh()).toBe("closed");
    expect(audience.mayHear(message({ creatorId: customer.id }))).toBe(false);
  });

  it("closes the stream when the role changed, demoted or promoted", async () => {
    const admin = await makeUser(db, "admin");
    const demoted = await createLiveAudience({ actor: admin, db });
    await setRole(admin.id, "member");
    expect(await demoted.refresh()).toBe("closed");
    expect(demoted.mayHear(message())).toBe(false);

    const customer = await makeUser(db, "code_user");
    const promoted = await createLiveAudience({ actor: customer, db });
    await setRole(customer.id, "member");
    expect(await promoted.refresh()).toBe("closed");
  });

  it("closes the stream of a user who no longer exists", async () => {
    const member = await makeUser(db, "member");
    const audience = await createLiveAudience({ actor: member, db });
    await db.delete(users).where(eq(users.id, member.id));
    expect(await audience.refresh()).toBe("closed");
  });

  it("re-reads a code user's assets on refresh while the stream stays open", async () => {
    const customer = await makeUser(db, "code_user");
    const kept = await makeAsset(db, { holders: [customer] });
    const later = await makeAsset(db);
    const audience = await createLiveAudience({ actor: customer, db });

    expect(audience.mayHear(message({ assetId: kept.id }))).toBe(true);
    expect(audience.mayHear(message({ assetId: later.id }))).toBe(false);

    await db.insert(assetMembers).values({ assetId: later.id, userId: customer.id });
    await db.delete(assetMembers).where(eq(assetMembers.assetId, kept.id));
    expect(await audience.refresh()).toBe("open");
    expect(audience.mayHear(message({ assetId: later.id }))).toBe(true);
    expect(audience.mayHear(message({ assetId: kept.id }))).toBe(false);
  });

  it("shares one re-read between refreshes that overlap", async () => {
    const member = await makeUser(db, "member");
    const audience = await createLiveAudience({ actor: member, db });
    await setActive(member.id, false);
    const [a, b] = await Promise.all([audience.refresh(), audience.refresh()]);
    expect([a, b]).toEqual(["closed", "closed"]);
  });
});

describe("live audience rules (pure)", () => {
  const staff: Actor = { id: "s", role: "member", name: "S", email: "s@test.local" };
  const customer: Actor = { id: "c", role: "code_user", name: "C", email: "c@test.local" };

  it("keeps a stream open only for the same, still active user in the same role", () => {
    expect(liveStreamState(staff, { ...staff, name: "Renamed" })).toBe("open");
    expect(liveStreamState(staff, null)).toBe("closed");
    expect(liveStreamState(staff, { ...staff, role: "admin" })).toBe("closed");
    expect(liveStreamState(staff, { ...staff, id: "other" })).toBe("closed");
  });

  it("lets a code user hear only of public tickets they created or of their assets", () => {
    const assets = new Set(["a1"]);
    expect(mayHearMessage(customer, assets, message({ creatorId: "c" }))).toBe(true);
    expect(mayHearMessage(customer, assets, message({ assetId: "a1" }))).toBe(true);
    expect(mayHearMessage(customer, assets, message({ assetId: "a2" }))).toBe(false);
    expect(mayHearMessage(customer, assets, message())).toBe(false);
    expect(mayHearMessage(customer, assets, message({ visibility: "internal", creatorId: "c" }))).toBe(false);
    expect(mayHearMessage(staff, new Set(), message({ visibility: "internal" }))).toBe(true);
  });
});
