"use server";

import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/api-tokens/schemas";
import { actorAction } from "@/lib/server/action-client";

// Thin doors: a token is always the signed-in person's own.
export const createApiTokenAction = actorAction
  .inputSchema(createApiTokenSchema)
  .action(({ parsedInput, ctx }) => createApiToken(ctx, parsedInput));

export const revokeApiTokenAction = actorAction
  .inputSchema(revokeApiTokenSchema)
  .action(({ parsedInput, ctx }) => revokeApiToken(ctx, parsedInput));
