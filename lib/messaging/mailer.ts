import crypto from "node:crypto";
import nodemailer from "nodemailer";
import type { Env } from "../env";

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers?: Record<string, string>;
};

/**
 * - `smtp`: hands the message to the SMTP server of SMTP_URL.
 * - `local`: sends nothing; the outbound_messages row is the delivery (the mailbox in Settings → Mail).
 */
export type Mailer = {
  readonly name: "smtp" | "local";
  send(message: OutgoingEmail): Promise<void>;
};

type MailerEnv = Pick<Env, "SMTP_URL" | "SMTP_FROM">;

export function createMailer({ SMTP_URL, SMTP_FROM }: MailerEnv): Mailer {
  if (!SMTP_URL) return { name: "local", send: async () => {} };
  // Bounded timeouts: a hanging server must fail the attempt well within the dispatcher's lease.
  const transport = nodemailer.createTransport({
    url: SMTP_URL,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    name: "smtp",
    async send({ to, subject, text, html, messageId, headers }) {
      await transport.sendMail({ from: SMTP_FROM, to, subject, text, html, messageId, headers });
    },
  };
}

let processMailer: Mailer | undefined;

/** The process's mailer, made on first use from the environment: nothing is read at import (or build) time. */
export function defaultMailer(readEnv: () => MailerEnv): Mailer {
  processMailer ??= createMailer(readEnv());
  return processMailer;
}

/**
 * The same idempotency key always gives the same Message-ID, so a receiving server can drop the
 * copy of a message that was sent again after a crash.
 */
export function messageIdFor(idempotencyKey: string, appUrl: string): string {
  const hash = crypto.createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 32);
  let host = "helpdesk.invalid";
  try {
    host = new URL(appUrl).hostname || host;
  } catch {}
  return `<${hash}@${host}>`;
}

export type MailSetup = { kind: "smtp"; server: string; from: string } | { kind: "local"; from: string };

/** What the admins are told about the mail setup: server and port only, never the credentials. */
export function describeMailSetup({ SMTP_URL, SMTP_FROM }: MailerEnv): MailSetup {
  if (!SMTP_URL) return { kind: "local", from: SMTP_FROM };
  const url = new URL(SMTP_URL);
  const secure = url.protocol === "smtps:";
  return { kind: "smtp", server: `${url.hostname}:${url.port || (secure ? 465 : 587)}`, from: SMTP_FROM };
}
