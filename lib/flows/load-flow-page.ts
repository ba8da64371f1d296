import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { requireAdmin } from "../auth/get-actor";
import { DomainError } from "../errors";
import { getDb } from "../server/db";
import { allAssets, type FlowForEdit, getFlowForEdit } from "./admin-queries";

const flowIdSchema = z.string().uuid();

/**
 * For Settings → Creation flows → a flow's editor and preview: the flow and every asset it may be
 * offered for, or the 404 page. Once per request, shared by the page and its title.
 */
export const loadFlowPage = cache(
  async (rawId: string): Promise<{ flow: FlowForEdit; assets: { id: string; name: string }[] }> => {
    const actor = await requireAdmin();
    if (!flowIdSchema.safeParse(rawId).success) notFound();
    const db = await getDb();
    try {
      const [flow, assets] = await Promise.all([getFlowForEdit({ actor, db }, rawId), allAssets(db)]);
      return { flow, assets };
    } catch (error) {
      if (error instanceof DomainError && error.code === "not_found") notFound();
      throw error;
    }
  },
);
