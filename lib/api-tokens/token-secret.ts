import { createHash, randomBytes } from "node:crypto";

/** Tokens read `hd_` + 43 url-safe characters (256 random bits); secret scanners can match the prefix. */
export const TOKEN_PREFIX = "hd_";

export function newTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** A fast hash suffices: the secret is random, not a password a person chose. */
export function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** What the list shows of a token: enough to tell tokens apart, nothing to use. */
export const visiblePrefix = (secret: string) => secret.slice(0, TOKEN_PREFIX.length + 6);
