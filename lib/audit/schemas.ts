import { z } from "zod";
import { AUDIT_TARGETS } from "./audit-actions";

/** The Settings → Audit filters as they come from the page's address; anything unreadable is ignored. */
export const auditFiltersSchema = z.object({
  target: z.enum(AUDIT_TARGETS).optional().catch(undefined),
  /** An admin's id, or "cli" for the command line. */
  actor: z
    .union([z.uuid(), z.literal("cli")])
    .optional()
    .catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  /** Keyset cursor: the id of the last entry shown; ids only grow, so they order like the time. */
  before: z.coerce.number().int().positive().optional().catch(undefined),
});
export type AuditFilters = z.output<typeof auditFiltersSchema>;
