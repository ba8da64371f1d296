-- The lists order by "number desc", which PostgreSQL reads as NULLS FIRST; these indexes were built
-- DESC NULLS LAST, so no list could read them in order and each walked the whole number index,
-- filtering (a page of one status at 1M tickets read ~300 rows for 26). Same columns, matching order.
DROP INDEX "outbound_messages_channel_idx";--> statement-breakpoint
DROP INDEX "notifications_user_unread_idx";--> statement-breakpoint
DROP INDEX "notifications_user_recent_idx";--> statement-breakpoint
DROP INDEX "tasks_status_number_idx";--> statement-breakpoint
DROP INDEX "tasks_assignee_status_number_idx";--> statement-breakpoint
DROP INDEX "tickets_status_number_idx";--> statement-breakpoint
DROP INDEX "tickets_creator_number_idx";--> statement-breakpoint
DROP INDEX "tickets_creator_status_number_idx";--> statement-breakpoint
DROP INDEX "tickets_asset_number_idx";--> statement-breakpoint
DROP INDEX "video_sessions_status_number_idx";--> statement-breakpoint
DROP INDEX "video_sessions_customer_number_idx";--> statement-breakpoint
DROP INDEX "video_sessions_asset_number_idx";--> statement-breakpoint
CREATE INDEX "outbound_messages_channel_idx" ON "outbound_messages" USING btree ("channel","id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" USING btree ("user_id","updated_at" DESC NULLS FIRST) WHERE read_at is null;--> statement-breakpoint
CREATE INDEX "notifications_user_recent_idx" ON "notifications" USING btree ("user_id","updated_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "tasks_status_number_idx" ON "tasks" USING btree ("status_id","number" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "tasks_assignee_status_number_idx" ON "tasks" USING btree ("assignee_id","status_id","number" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "tickets_status_number_idx" ON "tickets" USING btree ("status_id","number" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "tickets_creator_number_idx" ON "tickets" USING btree ("creator_id","number" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "tickets_creator_status_number_idx" ON "tickets" USING btree ("creator_id","status_id","number" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "tickets_asset_number_idx" ON "tickets" USING btree ("asset_id","number" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "video_sessions_status_number_idx" ON "video_sessions" USING btree ("status_id","number" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "video_sessions_customer_number_idx" ON "video_sessions" USING btree ("customer_id","number" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "video_sessions_asset_number_idx" ON "video_sessions" USING btree ("asset_id","number" DESC NULLS FIRST);