-- System statuses of workflow.md 2.1: one default per category, plus "Reopened" in assigned.
INSERT INTO "statuses" ("kind", "category", "name", "color", "position", "is_default", "system_key") VALUES
  ('ticket', 'draft', 'Draft', '#94a3b8', 0, true, 'draft'),
  ('ticket', 'open', 'Open', '#3b82f6', 1, true, 'open'),
  ('ticket', 'assigned', 'Assigned', '#6366f1', 2, true, 'assigned'),
  ('ticket', 'assigned', 'Reopened', '#a855f7', 3, false, 'reopened'),
  ('ticket', 'in_progress', 'In Progress', '#f59e0b', 4, true, 'in_progress'),
  ('ticket', 'waiting_customer', 'Awaiting customer', '#eab308', 5, true, 'waiting_customer'),
  ('ticket', 'on_hold', 'On hold', '#f97316', 6, true, 'on_hold'),
  ('ticket', 'done', 'Done', '#22c55e', 7, true, 'done'),
  ('ticket', 'closed', 'Closed', '#15803d', 8, true, 'closed'),
  ('ticket', 'closed_unsuccessful', 'Closed unsuccessfully', '#64748b', 9, true, 'closed_unsuccessful'),
  ('ticket', 'cancelled', 'Cancelled', '#ef4444', 10, true, 'cancelled');
--> statement-breakpoint
INSERT INTO "ticket_status_counts" ("status_id", "count") SELECT "id", 0 FROM "statuses";
--> statement-breakpoint
CREATE FUNCTION "statuses_add_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ticket_status_counts" ("status_id", "count") VALUES (NEW."id", 0) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "statuses_add_count" AFTER INSERT ON "statuses" FOR EACH ROW EXECUTE FUNCTION "statuses_add_count"();
--> statement-breakpoint
-- Counters are touched in a fixed order (lowest status id first) so that opposite moves cannot deadlock.
CREATE FUNCTION "tickets_count_status"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "ticket_status_counts" SET "count" = "count" + 1 WHERE "status_id" = NEW."status_id";
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "ticket_status_counts" SET "count" = "count" - 1 WHERE "status_id" = OLD."status_id";
  ELSIF NEW."status_id" IS DISTINCT FROM OLD."status_id" THEN
    IF OLD."status_id" < NEW."status_id" THEN
      UPDATE "ticket_status_counts" SET "count" = "count" - 1 WHERE "status_id" = OLD."status_id";
      UPDATE "ticket_status_counts" SET "count" = "count" + 1 WHERE "status_id" = NEW."status_id";
    ELSE
      UPDATE "ticket_status_counts" SET "count" = "count" + 1 WHERE "status_id" = NEW."status_id";
      UPDATE "ticket_status_counts" SET "count" = "count" - 1 WHERE "status_id" = OLD."status_id";
    END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "tickets_count_status" AFTER INSERT OR DELETE OR UPDATE OF "status_id" ON "tickets"
  FOR EACH ROW EXECUTE FUNCTION "tickets_count_status"();
--> statement-breakpoint
INSERT INTO "settings" ("key", "value") VALUES ('done_policy', '{"mode": "rating", "autoCloseAfterDays": null}');
