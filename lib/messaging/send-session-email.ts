import { eq } from "drizzle-orm";
import { users, videoSessions } from "@/db/schema";
import { appUrl, env } from "../env";
import { DEFAULT_LOCALE } from "../i18n/locales";
import { translator } from "../i18n/translate";
import {
  planSessionNotifications,
  type SessionEventPayload,
} from "../notifications/plan-session-notifications";
import { loadSessionFacts } from "../notifications/session-facts";
import type { OutboxHandler } from "../outbox/types";
import { formatItemNumber } from "../workflow/work-item-kinds";
import { emailOnce, markUndelivered, UNSUBSCRIBED } from "./deliver-once";
import { defaultMailer, type Mailer } from "./mailer";

export type SessionEmailDeps = { mailer: () => Mailer; appUrl: () => string };
const defaults: SessionEmailDeps = { mailer: () => defaultMailer(env), appUrl };

/** The customer's e-mail when an employee confirms, sets up or cancels their video session, once. */
export function createSendSessionEmail(deps: Partial<SessionEmailDeps> = {}): OutboxHandler {
  const { mailer: getMailer, appUrl } = { ...defaults, ...deps };
  return {
    mode: "external",
    async run(db, row) {
      const payload = row.payload as SessionEventPayload;
      const { emailCustomer } = planSessionNotifications(payload, await loadSessionFacts(db, payload));
      if (!emailCustomer) return;
      const [session] = await db
        .select({
          number: videoSessions.number,
          reason: videoSessions.reason,
          userId: users.id,
          emailNotifications: users.emailNotifications,
          name: users.name,
          email: users.email,
          locale: users.locale,
          lastLocale: users.lastLocale,
        })
        .from(videoSessions)
        .innerJoin(users, eq(users.id, videoSessions.customerId))
        .where(eq(videoSessions.id, payload.itemId));
      if (!session) return;
      if (!session.emailNotifications) {
        return markUndelivered(db, `${row.idempotencyKey}:email`, UNSUBSCRIBED);
      }
      const locale = session.locale ?? session.lastLocale ?? DEFAULT_LOCALE;
      const t = translator(locale);
      const values = {
        number: formatItemNumber("video_session", session.number),
        reason: session.reason,
        name: session.name,
        link: `${appUrl().replace(/\/+$/, "")}/portal/sessions/${session.number}`,
      };
      const key =
        emailCustomer === "session_set_up"
          ? "setUp"
          : emailCustomer === "session_confirmed"
            ? "confirmed"
            : "cancelled";
      await emailOnce(db, getMailer(), appUrl(), {
        idempotencyKey: `${row.idempotencyKey}:email`,
        ticketId: null,
        recipient: session.email,
        subject: t.t(`messaging.session.${key}.subject`, values),
        body: t.t(`messaging.session.${key}.body`, values),
        unsubscribe: { userId: session.userId, locale },
      });
    },
    giveUp: (db, row, reason) => markUndelivered(db, `${row.idempotencyKey}:email`, reason),
  };
}

export const sendSessionEmail = createSendSessionEmail();
