import { createHash, createHmac, randomUUID } from "node:crypto";

/** How long a "Forgot password?" link works. */
export const RESET_LINK_MINUTES = 30;

/**
 * The link's token is derived from the row's id with the server's secret, so the database holds
 * neither the token nor anything it can be rebuilt from: the outbox row names only the id, and a
 * stolen copy of the database opens no account.
 */
export function resetTokenFor(resetId: string, secret: string): string {
  return createHmac("sha256", secret).update(`password-reset:${resetId}`).digest("base64url");
}

export const hashResetToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const newResetId = () => randomUUID();
