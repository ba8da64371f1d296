-- One bell entry per person and ticket, rendered when read: existing rows are grouped to the
-- newest per (user, ticket), keeping their kind; titles and links are no longer stored.
DROP INDEX "notifications_idempotency_key";--> statement-breakpoint
DROP INDEX "notifications_user_idx";--> statement-breakpoint
DROP INDEX "notifications_user_all_idx";--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "subject_kind" text DEFAULT 'ticket' NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "subject_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "event_count" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "last_event_id" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
UPDATE "notifications" SET "subject_id" = ("data"->>'ticketId')::uuid, "updated_at" = "created_at"
  WHERE "data"->>'ticketId' ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';--> statement-breakpoint
-- Entries are worded from their kind and data now: the customer's confirmation was "closed", and a
-- rating's stars were only in its title.
UPDATE "notifications" SET "kind" = 'confirmed' WHERE "kind" = 'closed';--> statement-breakpoint
UPDATE "notifications" SET "data" = jsonb_build_object('stars', substring("title" from 'rated ([1-5]) of 5')::int)
  WHERE "kind" = 'rated' AND "title" ~ 'rated [1-5] of 5';--> statement-breakpoint
DELETE FROM "notifications" WHERE "subject_id" IS NULL;--> statement-breakpoint
UPDATE "notifications" AS n SET "event_count" = g."count", "read_at" = g."read_at"
  FROM (
    SELECT "user_id", "subject_id", max("id") AS "newest", count(*)::int AS "count",
      CASE WHEN bool_and("read_at" IS NOT NULL) THEN max("read_at") END AS "read_at"
    FROM "notifications" GROUP BY "user_id", "subject_id"
  ) AS g
  WHERE n."id" = g."newest";--> statement-breakpoint
DELETE FROM "notifications" AS n USING "notifications" AS newer
  WHERE newer."user_id" = n."user_id" AND newer."subject_id" = n."subject_id" AND newer."id" > n."id";--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "subject_id" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_subject_key" ON "notifications" USING btree ("user_id","subject_kind","subject_id");--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" USING btree ("user_id","updated_at" DESC NULLS LAST) WHERE read_at is null;--> statement-breakpoint
CREATE INDEX "notifications_user_recent_idx" ON "notifications" USING btree ("user_id","updated_at" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "notifications" DROP COLUMN "title";--> statement-breakpoint
ALTER TABLE "notifications" DROP COLUMN "link";--> statement-breakpoint
ALTER TABLE "notifications" DROP COLUMN "idempotency_key";
