import fs from "node:fs";
import path from "node:path";
import webpush from "web-push";
import { appUrl, env } from "../env";

export type VapidKeys = { publicKey: string; privateKey: string; subject: string };

/**
 * The Web Push keys: from the environment, or made once under DATA_DIR like the auth secret, so a
 * restart keeps every browser's subscription valid. Null when push is off: several servers on
 * one PostgreSQL would each make their own keys, so production with DATABASE_URL needs them set.
 */
export function vapidKeys(): VapidKeys | null {
  const { VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT, DATA_DIR, DATABASE_URL, NODE_ENV } = env();
  const subject = VAPID_SUBJECT ?? defaultSubject();
  if (VAPID_PUBLIC_KEY && VAPID_PRIVATE_KEY) {
    return { publicKey: VAPID_PUBLIC_KEY, privateKey: VAPID_PRIVATE_KEY, subject };
  }
  if (DATABASE_URL && NODE_ENV === "production") return null;
  const file = path.join(DATA_DIR, "vapid-keys.json");
  const read = () => JSON.parse(fs.readFileSync(file, "utf8")) as Omit<VapidKeys, "subject">;
  try {
    return { ...read(), subject };
  } catch {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    const keys = webpush.generateVAPIDKeys();
    try {
      fs.writeFileSync(file, JSON.stringify(keys), { mode: 0o600, flag: "wx" });
      return { ...keys, subject };
    } catch (error) {
      // Another process wrote them first: use theirs, so all sign alike.
      if ((error as NodeJS.ErrnoException).code === "EEXIST") return { ...read(), subject };
      throw error;
    }
  }
}

function defaultSubject(): string {
  const url = appUrl();
  return url.startsWith("https:") ? url : "mailto:helpdesk@localhost";
}

/** What a browser subscribes with; null when push is off here (or the key file cannot be made). */
export function pushPublicKey(): string | null {
  try {
    return vapidKeys()?.publicKey ?? null;
  } catch (error) {
    console.error("Web Push keys unavailable", error);
    return null;
  }
}
