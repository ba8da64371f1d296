import { and, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notificationDigests, pushSubscriptions, users } from "@/db/schema";
import { appUrl, env } from "../env";
import { DEFAULT_LOCALE } from "../i18n/locales";
import { translator } from "../i18n/translate";
import {
  emailOnce,
  INTERRUPTED,
  markUndelivered,
  recordUndeliverable,
  UNSUBSCRIBED,
} from "../messaging/deliver-once";
import { defaultMailer, type Mailer } from "../messaging/mailer";
import type { OutboxHandler } from "../outbox/types";
import { isPushEndpoint } from "../push/push-endpoint";
import { createPushSender, type PushSender } from "../push/send-push";
import { vapidKeys } from "../push/vapid-keys";
import type { Role } from "../workflow/roles";
import { type DigestContent, loadDigestContent } from "./digest-content";
import { cleanPreferences, eventOfKind, wants } from "./notification-preferences";
import { DIGEST_TOPIC } from "./queue-deliveries";

export type DigestDeps = { mailer: () => Mailer; appUrl: () => string; push: () => PushSender | null };

const defaults: DigestDeps = {
  mailer: () => defaultMailer(env),
  appUrl,
  push: () => {
    const keys = vapidKeys();
    return keys ? createPushSender(keys) : null;
  },
};

type Digest = typeof notificationDigests.$inferSelect;

export const NOT_VISIBLE = "Not sent: the recipient may no longer see this item.";
export const STAFF_EMAIL_OFF = "Not sent: they turned off notification e-mails.";
export const SWITCHED_OFF = "Not sent: they switched these notifications off on their profile.";
export const PUSH_OFF = "Not sent: browser notifications are not set up on this server (VAPID keys).";

const keyOf = (digest: { id: number }) => `${DIGEST_TOPIC}:${digest.id}`;

/** Only from closed or sending: a digest the sweep already reported failed stays as it said. */
async function finish(db: Db, id: number, state: "sent" | "failed", error: string | null = null) {
  const d = notificationDigests;
  await db
    .update(d)
    .set({ state, error, sentAt: state === "sent" ? sql`now()` : null })
    .where(and(eq(d.id, id), inArray(d.state, ["closed", "sending"])));
}

/** What the reader still wants told on this channel: an employee may switch an event off mid-window. */
function chosenItems(digest: Digest, role: Role, preferences: unknown): Digest["items"] {
  if (role === "code_user") return digest.items;
  const prefs = cleanPreferences(preferences);
  return digest.items.filter((item) => {
    const event = eventOfKind(digest.subjectKind, item.kind);
    return event === null || wants(prefs, event, digest.channel);
  });
}

/**
 * Delivers one e-mail or push digest when its window ends (topic notification.digest). It first
 * closes the digest, so later events start a new one; the e-mail's own record (keyed by the
 * digest) and the push digest's "sending" claim make a retry or a crash send nothing twice.
 */
export function createDeliverDigest(deps: Partial<DigestDeps> = {}): OutboxHandler {
  const { mailer: getMailer, appUrl: getAppUrl, push: getPush } = { ...defaults, ...deps };
  return {
    mode: "external",
    async run(db, row) {
      const { digestId } = row.payload as { digestId: number };
      const d = notificationDigests;
      await db
        .update(d)
        .set({ state: "closed" })
        .where(and(eq(d.id, digestId), eq(d.state, "collecting")));
      const [digest] = await db.select().from(d).where(eq(d.id, digestId));
      if (digest?.state !== "closed") return;
      const [reader] = await db
        .select({
          id: users.id,
          name: users.name,
          email: users.email,
          role: users.role,
          active: users.active,
          emailNotifications: users.emailNotifications,
          preferences: users.notificationPreferences,
          locale: users.locale,
          lastLocale: users.lastLocale,
        })
        .from(users)
        .where(eq(users.id, digest.userId));
      const locale = reader?.locale ?? reader?.lastLocale ?? DEFAULT_LOCALE;
      const t = translator(locale);
      if (!reader?.active) return finish(db, digest.id, "failed", NOT_VISIBLE);
      const items = chosenItems(digest, reader.role, reader.preferences);
      if (items.length === 0) return finish(db, digest.id, "failed", SWITCHED_OFF);
      const told = { ...digest, items, eventCount: digest.eventCount - (digest.items.length - items.length) };
      const content = await loadDigestContent(db, told, reader, t);
      if (!content) return finish(db, digest.id, "failed", NOT_VISIBLE);
      const link = `${getAppUrl().replace(/\/+$/, "")}${content.path}`;

      if (digest.channel === "email") {
        const staff = reader.role !== "code_user";
        const email = {
          idempotencyKey: keyOf(digest),
          ticketId: digest.subjectKind === "ticket" ? digest.subjectId : null,
          recipient: reader.email,
          subject: content.subject.replace(/\s+/g, " ").trim(),
          body: t.t("notifications.email.body", {
            name: reader.name,
            lines: content.lines.join("\n\n"),
            link,
          }),
        };
        const mailer = getMailer();
        if (!reader.emailNotifications) {
          const reason = staff ? STAFF_EMAIL_OFF : UNSUBSCRIBED;
          await recordUndeliverable(db, { ...email, channel: "email", provider: mailer.name }, reason);
          return finish(db, digest.id, "failed", reason);
        }
        const sent = await emailOnce(db, mailer, getAppUrl(), {
          ...email,
          unsubscribe: { userId: reader.id, locale, staff },
        });
        // "sending" is an earlier attempt cut off mid-send: whether it arrived is unknown, so it is not repeated.
        if (sent.state === "sent") return finish(db, digest.id, "sent");
        return finish(db, digest.id, "failed", sent.error ?? INTERRUPTED);
      }
      return pushDigest(db, digest, content, link, getPush());
    },
    async giveUp(db, row, reason) {
      const { digestId } = row.payload as { digestId: number };
      await markUndelivered(db, keyOf({ id: digestId }), reason);
      await db
        .update(notificationDigests)
        .set({ state: "failed", error: reason })
        .where(
          and(
            eq(notificationDigests.id, digestId),
            or(eq(notificationDigests.state, "closed"), eq(notificationDigests.state, "collecting")),
          ),
        );
    },
  };
}

async function pushDigest(
  db: Db,
  digest: Digest,
  content: DigestContent,
  url: string,
  push: PushSender | null,
) {
  if (!push) return finish(db, digest.id, "failed", PUSH_OFF);
  const d = notificationDigests;
  const [claimed] = await db
    .update(d)
    .set({ state: "sending", attemptedAt: sql`now()` })
    .where(and(eq(d.id, digest.id), eq(d.state, "closed")))
    .returning({ id: d.id });
  if (!claimed) return;
  const subscribed = await db
    .select()
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, digest.userId));
  // Checked again when sending: an address allowed once (say, by a prefix since removed) is not posted to.
  const targets = subscribed.filter((s) => isPushEndpoint(s.endpoint));
  for (const stale of subscribed.filter((s) => !targets.includes(s))) {
    await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, stale.id));
  }
  const payload = {
    title: content.subject,
    body: content.lines.join("\n").slice(0, 500),
    url,
    tag: `${digest.subjectKind}-${digest.subjectId}`,
  };
  let delivered = 0;
  const errors: string[] = [];
  for (const target of targets) {
    try {
      if ((await push(target, payload)) === "gone") {
        await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, target.id));
      } else delivered += 1;
    } catch (error) {
      errors.push(String((error as Error)?.message ?? error));
    }
  }
  if (delivered > 0 || errors.length === 0) return finish(db, digest.id, "sent", errors[0] ?? null);
  // None arrived, so a retry cannot repeat one: back to closed for the outbox to try again.
  await db
    .update(d)
    .set({ state: "closed", error: errors[0]?.slice(0, 1000) })
    .where(and(eq(d.id, digest.id), eq(d.state, "sending")));
  throw new Error(errors[0]);
}

/**
 * Push digests left "sending" by a crashed process are reported failed, never resent; sent and
 * failed digests older than a month only take space. Returns how many were cut off.
 */
export async function sweepDigests(db: Db, olderThanSeconds = 600): Promise<number> {
  const d = notificationDigests;
  const swept = await db
    .update(d)
    .set({ state: "failed", error: INTERRUPTED })
    .where(
      and(eq(d.state, "sending"), lt(d.createdAt, sql`now() - ${`${olderThanSeconds} seconds`}::interval`)),
    )
    .returning({ id: d.id });
  await db
    .delete(d)
    .where(
      and(or(eq(d.state, "sent"), eq(d.state, "failed")), lt(d.createdAt, sql`now() - interval '30 days'`)),
    );
  return swept.length;
}

export const deliverDigest = createDeliverDigest();
