import { and, eq } from "drizzle-orm";
import { users, webhooks } from "@/db/schema";
import { appUrl, env } from "../env";
import { DEFAULT_LOCALE } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { emailOnce } from "../messaging/deliver-once";
import { defaultMailer } from "../messaging/mailer";
import type { OutboxHandler } from "../outbox/types";

/** Tells every active admin that a webhook was switched off after failing for a day. */
export const sendWebhookDisabledNotice: OutboxHandler = {
  mode: "external",
  async run(db, row) {
    const { webhookId } = row.payload as { webhookId: string };
    const [hook] = await db.select({ url: webhooks.url }).from(webhooks).where(eq(webhooks.id, webhookId));
    if (!hook) return;
    const admins = await db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        locale: users.locale,
        lastLocale: users.lastLocale,
      })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.active, true)));
    const mailer = defaultMailer(env);
    const link = `${appUrl().replace(/\/+$/, "")}/settings/webhooks`;
    for (const admin of admins) {
      const t = translator(admin.locale ?? admin.lastLocale ?? DEFAULT_LOCALE);
      await emailOnce(db, mailer, appUrl(), {
        idempotencyKey: `${row.idempotencyKey}:${admin.id}`,
        ticketId: null,
        recipient: admin.email,
        subject: t.t("messaging.webhookDisabled.subject"),
        body: t.t("messaging.webhookDisabled.body", { name: admin.name, url: hook.url, link }),
      });
    }
  },
};
