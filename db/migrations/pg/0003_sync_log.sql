CREATE TABLE "applied_mutations" (
	"mutation_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"user_id" uuid,
	"device_id" text NOT NULL,
	"outcome" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "change_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "change_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"table_name" text NOT NULL,
	"row_id" uuid NOT NULL,
	"org_id" uuid,
	"private_to" uuid,
	"was_private_to" uuid,
	"was_present" boolean NOT NULL,
	"op" text NOT NULL,
	"row" jsonb NOT NULL,
	CONSTRAINT "change_log_op_check" CHECK ("change_log"."op" in ('insert', 'update', 'delete'))
);
--> statement-breakpoint
CREATE TABLE "document_counters" (
	"org_id" uuid NOT NULL,
	"type" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "document_counters_org_id_type_year_pk" PRIMARY KEY("org_id","type","year")
);
--> statement-breakpoint
CREATE TABLE "row_clocks" (
	"table_name" text NOT NULL,
	"row_id" uuid NOT NULL,
	"clocks" jsonb NOT NULL,
	CONSTRAINT "row_clocks_table_name_row_id_pk" PRIMARY KEY("table_name","row_id")
);
--> statement-breakpoint
CREATE TABLE "sync_state" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"epoch" uuid NOT NULL,
	"horizon" bigint DEFAULT 0 NOT NULL,
	"reset_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sync_state_single_row" CHECK ("sync_state"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "sync_txns" (
	"xid" "xid8" PRIMARY KEY NOT NULL,
	"commit_seq" bigint,
	"committed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "applied_mutations" ADD CONSTRAINT "applied_mutations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applied_mutations" ADD CONSTRAINT "applied_mutations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_counters" ADD CONSTRAINT "document_counters_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applied_mutations_org_created_idx" ON "applied_mutations" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "change_log_xid_idx" ON "change_log" USING btree ("xid","table_name");--> statement-breakpoint
CREATE UNIQUE INDEX "sync_txns_commit_seq_uq" ON "sync_txns" USING btree ("commit_seq");