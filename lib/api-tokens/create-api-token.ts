import { apiTokens } from "@/db/schema";
import type { Ctx } from "../context";
import { parseInput } from "../parse-input";
import { type CreateApiTokenInput, createApiTokenSchema } from "./schemas";
import { hashToken, newTokenSecret, visiblePrefix } from "./token-secret";

const DAY_MS = 86_400_000;

/**
 * Anyone signed in makes tokens for themselves: a token is only a way to act as its owner, with the
 * owner's role and rules. Write implies read. The secret is returned this once and never stored.
 */
export async function createApiToken(
  { actor, db }: Ctx,
  raw: CreateApiTokenInput,
): Promise<{ id: string; token: string }> {
  const input = parseInput(createApiTokenSchema, raw);
  const secret = newTokenSecret();
  const scopes = input.scopes.includes("write") ? (["read", "write"] as const) : (["read"] as const);
  const expiresAt =
    input.lifetime === "never" ? null : new Date(Date.now() + Number(input.lifetime) * DAY_MS);
  const [row] = await db
    .insert(apiTokens)
    .values({
      userId: actor.id,
      name: input.name,
      tokenHash: hashToken(secret),
      prefix: visiblePrefix(secret),
      scopes: [...scopes],
      expiresAt,
    })
    .returning({ id: apiTokens.id });
  if (!row) throw new Error("API token insert returned nothing");
  return { id: row.id, token: secret };
}
