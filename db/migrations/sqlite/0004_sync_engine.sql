CREATE TABLE `device_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`device_id` text NOT NULL,
	`hlc` text,
	`server_url` text,
	`user_id` text,
	`org_id` text,
	`email` text,
	`user_name` text,
	`permissions` text,
	`bootstrapped_at` text,
	`last_synced_at` text,
	CONSTRAINT "device_state_one_row" CHECK("device_state"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `sync_base` (
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`row` text,
	PRIMARY KEY(`table_name`, `row_id`)
);
--> statement-breakpoint
CREATE TABLE `sync_conflicts` (
	`mutation_id` text PRIMARY KEY NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`op` text NOT NULL,
	`changes` text NOT NULL,
	`reason` text NOT NULL,
	`message` text NOT NULL,
	`made_at` text NOT NULL,
	`rejected_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sync_conflicts_rejected_idx` ON `sync_conflicts` (`rejected_at`);--> statement-breakpoint
CREATE TABLE `sync_shapes` (
	`table_name` text PRIMARY KEY NOT NULL,
	`handle` text,
	`offset` text DEFAULT '-1' NOT NULL,
	`up_to_date` integer DEFAULT false NOT NULL,
	`rows_received` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE `outbox` ADD `clocks` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `base` text;