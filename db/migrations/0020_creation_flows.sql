CREATE TABLE "assistant_buttons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"label" text NOT NULL,
	"icon" text DEFAULT 'wrench' NOT NULL,
	"target" text NOT NULL,
	"flow_id" uuid,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "creation_flow_assets" (
	"flow_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	CONSTRAINT "creation_flow_assets_flow_id_asset_id_pk" PRIMARY KEY("flow_id","asset_id")
);
--> statement-breakpoint
CREATE TABLE "creation_flow_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"flow_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"question" text NOT NULL,
	"help" text DEFAULT '' NOT NULL,
	"input_type" text NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "creation_flows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"asset_scope" text DEFAULT 'all' NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" uuid NOT NULL,
	"step_id" uuid,
	"position" integer NOT NULL,
	"question" text NOT NULL,
	"input_type" text NOT NULL,
	"value" jsonb,
	"label" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_flows" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"flow_id" uuid NOT NULL,
	"flow_name" text NOT NULL,
	"start_asset_id" uuid,
	"client_key" uuid
);
--> statement-breakpoint
DROP INDEX "attachments_unlinked_idx";--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "answer_id" uuid;--> statement-breakpoint
ALTER TABLE "assistant_buttons" ADD CONSTRAINT "assistant_buttons_flow_id_creation_flows_id_fk" FOREIGN KEY ("flow_id") REFERENCES "public"."creation_flows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "creation_flow_assets" ADD CONSTRAINT "creation_flow_assets_flow_id_creation_flows_id_fk" FOREIGN KEY ("flow_id") REFERENCES "public"."creation_flows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "creation_flow_assets" ADD CONSTRAINT "creation_flow_assets_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "creation_flow_steps" ADD CONSTRAINT "creation_flow_steps_flow_id_creation_flows_id_fk" FOREIGN KEY ("flow_id") REFERENCES "public"."creation_flows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_answers" ADD CONSTRAINT "ticket_answers_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_answers" ADD CONSTRAINT "ticket_answers_step_id_creation_flow_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."creation_flow_steps"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_flows" ADD CONSTRAINT "ticket_flows_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_flows" ADD CONSTRAINT "ticket_flows_flow_id_creation_flows_id_fk" FOREIGN KEY ("flow_id") REFERENCES "public"."creation_flows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_flows" ADD CONSTRAINT "ticket_flows_start_asset_id_assets_id_fk" FOREIGN KEY ("start_asset_id") REFERENCES "public"."assets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assistant_buttons_position_idx" ON "assistant_buttons" USING btree ("position");--> statement-breakpoint
CREATE INDEX "creation_flow_assets_asset_idx" ON "creation_flow_assets" USING btree ("asset_id");--> statement-breakpoint
CREATE INDEX "creation_flow_steps_flow_idx" ON "creation_flow_steps" USING btree ("flow_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "creation_flows_one_default_key" ON "creation_flows" USING btree ("is_default") WHERE is_default;--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_answers_step_key" ON "ticket_answers" USING btree ("ticket_id","step_id");--> statement-breakpoint
CREATE INDEX "ticket_answers_ticket_idx" ON "ticket_answers" USING btree ("ticket_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_flows_client_key" ON "ticket_flows" USING btree ("client_key");--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_answer_id_ticket_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."ticket_answers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_unlinked_idx" ON "attachments" USING btree ("created_at") WHERE message_id is null and update_id is null and answer_id is null;--> statement-breakpoint
INSERT INTO "creation_flows" ("id", "name", "asset_scope", "is_default") VALUES ('00000000-0000-4000-8000-00000000f100', 'Report a problem', 'all', true);--> statement-breakpoint
INSERT INTO "creation_flow_steps" ("id", "flow_id", "position", "question", "help", "input_type", "required") VALUES
  ('00000000-0000-4000-8000-00000000f101', '00000000-0000-4000-8000-00000000f100', 1, 'Title', 'In a few words: what is wrong?', 'short_text', true),
  ('00000000-0000-4000-8000-00000000f102', '00000000-0000-4000-8000-00000000f100', 2, 'Description', 'What happened, since when, and what you already tried.', 'long_text', false),
  ('00000000-0000-4000-8000-00000000f103', '00000000-0000-4000-8000-00000000f100', 3, 'Asset', 'The machine or site this is about, if any.', 'asset', false);
