ALTER TABLE "notifications" ADD COLUMN "idempotency_key" text NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_idempotency_key" ON "notifications" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "notifications_user_all_idx" ON "notifications" USING btree ("user_id","id" DESC NULLS LAST);