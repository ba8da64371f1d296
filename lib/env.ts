import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const iceServersSchema = z.array(
  z.object({
    urls: z.union([
      z.string().regex(/^(stun|stuns|turn|turns):/),
      z.array(z.string().regex(/^(stun|stuns|turn|turns):/)).min(1),
    ]),
    username: z.string().optional(),
    credential: z.string().optional(),
  }),
);
export type IceServer = z.infer<typeof iceServersSchema>[number];

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  /** Connections per app instance to DATABASE_URL; unset: DEFAULT_POOL_MAX in db/client.ts. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).optional(),
  DATA_DIR: z.string().default("./data"),
  AUTH_SECRET: z.string().min(16).optional(),
  SEED_DEMO: z.enum(["0", "1"]).optional(),
  /** Public base URL for links in e-mails and SMS; unset: http://localhost on the server's PORT. */
  APP_URL: z.string().url().optional(),
  /** e.g. smtp://user:pass@mail.example.com:587; unset: mail goes to the local mailbox (Settings → Mail). */
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().default("Helpdesk <helpdesk@localhost>"),
  /** HTTP SMS gateway (POST JSON {to, text}, Bearer token); unset: SMS go to the local log (Settings → SMS). */
  SMS_HTTP_URL: z.string().url().optional(),
  SMS_HTTP_TOKEN: z.string().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().positive().default(3000),
  /** IANA time zone dates are shown in, e.g. Europe/Berlin; unset: the server's own. */
  APP_TIME_ZONE: z.string().optional(),
  /** Largest attachment, in megabytes. */
  ATTACHMENT_MAX_MB: z.coerce.number().positive().max(2048).default(25),
  /** All attachments of one ticket together, in megabytes. */
  TICKET_ATTACHMENTS_QUOTA_MB: z.coerce.number().positive().max(100_000).default(250),
  /** An S3-compatible bucket for attachments; unset: files under DATA_DIR/attachments. */
  S3_BUCKET: z.string().min(3).optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Path-style addresses (bucket in the path): MinIO, Ceph and most self-hosted servers need it. */
  S3_FORCE_PATH_STYLE: z.enum(["0", "1"]).default("1"),
  /** Web Push keys (`npx web-push generate-vapid-keys`); unset: made once under DATA_DIR. */
  VAPID_PUBLIC_KEY: z.string().min(20).optional(),
  VAPID_PRIVATE_KEY: z.string().min(20).optional(),
  /** Who push services may contact about this sender: a mailto: or https: URL. */
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:)/)
    .optional(),
  /**
   * URL prefixes browsers may subscribe with besides the known push services, comma-separated
   * (e.g. a self-hosted push service). The server posts to them, so list only what you trust.
   */
  PUSH_ALLOWED_ENDPOINTS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean),
    ),
  /** Events for one person and item within this many seconds become one e-mail. */
  NOTIFY_EMAIL_WINDOW_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /** The same for browser notifications, kept short: they are meant to be prompt. */
  NOTIFY_PUSH_WINDOW_SECONDS: z.coerce.number().int().min(0).max(600).default(5),
  /**
   * 1: webhooks may be sent to private, loopback and link-local addresses (a receiver on the same
   * network, or tests). Off by default, so a webhook cannot reach into the server's own network.
   */
  WEBHOOK_ALLOW_PRIVATE: z
    .enum(["0", "1"])
    .default("0")
    .transform((v) => v === "1"),
  /** Drafts (creation flows left half-way) untouched for this many days are removed. */
  DRAFT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  NEXT_PHASE: z.string().optional(),
  /**
   * STUN/TURN servers for browser calls, as the JSON of RTCPeerConnection's iceServers, e.g.
   * [{"urls":"turn:turn.example.com:3478","username":"helpdesk","credential":"secret"}]; unset: none
   * (calls connect on one network only).
   */
  ICE_SERVERS: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (!text?.trim()) return [];
      try {
        return iceServersSchema.parse(JSON.parse(text));
      } catch (error) {
        ctx.addIssue({
          code: "custom",
          message: `ICE_SERVERS must be a JSON list of ice servers (${String(error)})`,
        });
        return z.NEVER;
      }
    }),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** The only reader of process.env: everything else asks here. */
export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(
        `Invalid environment: ${parsed.error.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
      );
    }
    cached = parsed.data;
  }
  return cached;
}

/**
 * The public base URL for links in e-mails and SMS. Unset, it is this server on localhost: the port
 * is read at call time, since `next start -p` sets PORT only once it listens.
 */
export function appUrl(): string {
  const { APP_URL } = env();
  if (APP_URL) return APP_URL;
  const port = z.coerce.number().int().positive().safeParse(process.env.PORT);
  return `http://localhost:${port.success ? port.data : 3000}`;
}

/**
 * Demo data (with its public password) only ever goes into the embedded default on its own: a
 * PostgreSQL deployment gets it from `npm run db:seed` alone, and its first admin from
 * `npm run create-admin`.
 */
export function seedsDemoOnStart(e: Pick<Env, "SEED_DEMO" | "DATABASE_URL"> = env()): boolean {
  return e.SEED_DEMO !== "0" && !e.DATABASE_URL;
}

export function usesEmbeddedDb(): boolean {
  return !env().DATABASE_URL;
}

/**
 * The signing secret for sessions. With the embedded database one is made once and kept under the
 * data directory, so a first start needs no configuration; a PostgreSQL deployment must set one.
 */
export function authSecret(): string {
  const { AUTH_SECRET, DATA_DIR, DATABASE_URL } = env();
  if (AUTH_SECRET) return AUTH_SECRET;
  if (DATABASE_URL && env().NODE_ENV === "production") {
    throw new Error("AUTH_SECRET must be set when DATABASE_URL is used in production.");
  }
  const file = path.join(DATA_DIR, "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    const secret = crypto.randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch (error) {
      // Another process wrote it first: use theirs, so both sign sessions alike.
      if ((error as NodeJS.ErrnoException).code === "EEXIST") return fs.readFileSync(file, "utf8").trim();
      throw error;
    }
  }
}

export function isBuildPhase(): boolean {
  return env().NEXT_PHASE === "phase-production-build";
}
