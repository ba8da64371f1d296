import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { outboundMessages, passwordResets, users } from "@/db/schema";
import { appUrl, authSecret, env } from "../env";
import { DEFAULT_LOCALE } from "../i18n/locales";
import { translator } from "../i18n/translate";
import type { OutboxHandler } from "../outbox/types";
import { RESET_LINK_MINUTES, resetTokenFor } from "../users/password-reset-token";
import { emailOnce, markUndelivered } from "./deliver-once";
import { defaultMailer, type Mailer } from "./mailer";

export type PasswordResetEmailDeps = { mailer: () => Mailer; appUrl: () => string; secret: () => string };
const defaults: PasswordResetEmailDeps = { mailer: () => defaultMailer(env), appUrl, secret: authSecret };

const keyOf = (resetId: string) => `password_reset:${resetId}:email`;

/**
 * The "Forgot password?" e-mail, once. A link already spent or expired is not sent. Once an SMTP
 * server has the message, the stored copy loses its link: the record of what was sent must not
 * be a key to the account.
 */
export function createSendPasswordReset(deps: Partial<PasswordResetEmailDeps> = {}): OutboxHandler {
  const { mailer: getMailer, appUrl, secret } = { ...defaults, ...deps };
  return {
    mode: "external",
    async run(db, row) {
      const { resetId } = row.payload as { resetId: string };
      const [reset] = await db
        .select({ name: users.name, email: users.email, locale: users.locale, lastLocale: users.lastLocale })
        .from(passwordResets)
        .innerJoin(users, eq(users.id, passwordResets.userId))
        .where(
          and(
            eq(passwordResets.id, resetId),
            isNull(passwordResets.usedAt),
            gt(passwordResets.expiresAt, sql`now()`),
          ),
        );
      if (!reset) return;
      const t = translator(reset.locale ?? reset.lastLocale ?? DEFAULT_LOCALE);
      const link = `${appUrl().replace(/\/+$/, "")}/reset-password/${resetTokenFor(resetId, secret())}`;
      const values = { name: reset.name, link, minutes: RESET_LINK_MINUTES };
      const mailer = getMailer();
      const sent = await emailOnce(db, mailer, appUrl(), {
        idempotencyKey: keyOf(resetId),
        ticketId: null,
        recipient: reset.email,
        subject: t.t("messaging.passwordReset.subject"),
        body: t.t("messaging.passwordReset.body", values),
      });
      if (mailer.name !== "local" && sent.state === "sent") {
        await db
          .update(outboundMessages)
          .set({
            body: t.t("messaging.passwordReset.body", {
              ...values,
              link: t.t("messaging.passwordReset.linkRemoved"),
            }),
          })
          .where(eq(outboundMessages.id, sent.id));
      }
    },
    giveUp: (db, row, reason) =>
      markUndelivered(db, keyOf((row.payload as { resetId: string }).resetId), reason),
  };
}

export const sendPasswordReset = createSendPasswordReset();
