import { z } from "zod";
import { API_SCOPES } from "@/db/schema/api";
import { validation } from "../i18n/msg";

export { API_SCOPES };
export type ApiScope = (typeof API_SCOPES)[number];

export const TOKEN_LIFETIMES = ["30", "90", "365", "never"] as const;

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, validation("tokenName")).max(80, validation("tokenNameMax")),
  scopes: z.array(z.enum(API_SCOPES)).min(1, validation("tokenScopes")),
  lifetime: z.enum(TOKEN_LIFETIMES, { message: validation("tokenLifetime") }).default("90"),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: z.string().uuid(validation("unknownToken")) });
