import { z } from "zod";

const uuid = z.string().uuid().nullish().catch(null);
const number = z.coerce.number().int().positive().nullish().catch(null);

/** "New ticket"'s query string (?flow=…&asset=…&draft=1042): anything malformed is ignored. */
export function startParams(search: Record<string, string | string[] | undefined>) {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return {
    flowId: uuid.parse(one(search.flow)) ?? null,
    assetId: uuid.parse(one(search.asset)) ?? null,
    draftNumber: number.parse(one(search.draft)?.replace(/^T-/i, "")) ?? null,
  };
}
