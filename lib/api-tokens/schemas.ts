import { z } from "zod";
import { validation } from "../i18n/msg";
import { API_SCOPES } from "./scopes";

export { API_SCOPES, type ApiScope } from "./scopes";

export const TOKEN_LIFETIMES = ["30", "90", "365", "never"] as const;

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, validation("tokenName")).max(80, validation("tokenNameMax")),
  scopes: z.array(z.enum(API_SCOPES)).min(1, validation("tokenScopes")),
  lifetime: z.enum(TOKEN_LIFETIMES, { message: validation("tokenLifetime") }).default("90"),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: z.string().uuid(validation("unknownToken")) });
