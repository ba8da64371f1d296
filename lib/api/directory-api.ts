import { listAssets } from "../assets/queries";
import { forbidden } from "../errors";
import { msg } from "../i18n/msg";
import { translator } from "../i18n/translate";
import { loadTicketStatuses } from "../statuses/load-statuses";
import { localizeStatuses } from "../statuses/localize-statuses";
import { assetOptions } from "../tickets/form-options";
import { listUsers } from "../users/queries";
import type { ApiCtx, ApiResult } from "./api-route";
import { assetList, statusList, userList } from "./schemas";

/** Status names are the employees' words; customers see steps, never them. */
export async function listStatusesApi(ctx: ApiCtx): Promise<ApiResult> {
  if (ctx.actor.role === "code_user") throw forbidden(msg("errors.api.statusesStaffOnly"));
  const list = localizeStatuses(await loadTicketStatuses(ctx.db), translator(ctx.actor.locale));
  return { body: statusList.parse({ items: list.filter((s) => s.category !== "draft") }) };
}

/** What the person may file a ticket for: every asset for employees, their own for customers. */
export async function listAssetsApi(ctx: ApiCtx): Promise<ApiResult> {
  const items = ctx.actor.role === "admin" ? await listAssets(ctx) : await assetOptions(ctx);
  return { body: assetList.parse({ items }) };
}

export async function listUsersApi(ctx: ApiCtx): Promise<ApiResult> {
  return { body: userList.parse({ items: await listUsers(ctx) }) };
}
