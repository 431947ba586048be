CREATE UNIQUE INDEX `roles_builtin_name_uq` ON `roles` (`name`) WHERE org_id is null;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_campaigns` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`brand_id` text,
	`owner_id` text,
	`name` text NOT NULL,
	`description` text,
	`brief` text,
	`type` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`budget` integer DEFAULT 0 NOT NULL,
	`budget_min` integer,
	`budget_max` integer,
	`currency` text DEFAULT 'USD' NOT NULL,
	`start_date` text,
	`end_date` text,
	`deliverable_deadline` text,
	`submission_deadline` text,
	`target_platforms` text DEFAULT '[]' NOT NULL,
	`kpi_targets` text,
	`content_approval_required` integer DEFAULT true NOT NULL,
	`published_at` text,
	`completed_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "campaigns_status_check" CHECK("__new_campaigns"."status" in ('draft', 'planned', 'active', 'paused', 'completed', 'cancelled')),
	CONSTRAINT "campaigns_budget_check" CHECK("__new_campaigns"."budget" >= 0),
	CONSTRAINT "campaigns_budget_min_check" CHECK("__new_campaigns"."budget_min" is null or "__new_campaigns"."budget_min" >= 0),
	CONSTRAINT "campaigns_budget_max_check" CHECK("__new_campaigns"."budget_max" is null or "__new_campaigns"."budget_max" >= 0),
	CONSTRAINT "campaigns_budget_range_check" CHECK("__new_campaigns"."budget_min" is null or "__new_campaigns"."budget_max" is null or "__new_campaigns"."budget_min" <= "__new_campaigns"."budget_max"),
	CONSTRAINT "campaigns_dates_check" CHECK("__new_campaigns"."start_date" is null or "__new_campaigns"."end_date" is null or "__new_campaigns"."start_date" <= "__new_campaigns"."end_date")
);
--> statement-breakpoint
INSERT INTO `__new_campaigns`("id", "org_id", "brand_id", "owner_id", "name", "description", "brief", "type", "status", "budget", "budget_min", "budget_max", "currency", "start_date", "end_date", "deliverable_deadline", "submission_deadline", "target_platforms", "kpi_targets", "content_approval_required", "published_at", "completed_at", "created_at", "updated_at", "deleted_at") SELECT "id", "org_id", "brand_id", "owner_id", "name", "description", "brief", "type", "status", "budget", "budget_min", "budget_max", "currency", "start_date", "end_date", "deliverable_deadline", "submission_deadline", "target_platforms", "kpi_targets", "content_approval_required", "published_at", "completed_at", "created_at", "updated_at", "deleted_at" FROM `campaigns`;--> statement-breakpoint
DROP TABLE `campaigns`;--> statement-breakpoint
ALTER TABLE `__new_campaigns` RENAME TO `campaigns`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `campaigns_org_status_idx` ON `campaigns` (`org_id`,`status`);--> statement-breakpoint
CREATE INDEX `campaigns_brand_idx` ON `campaigns` (`brand_id`);--> statement-breakpoint
CREATE INDEX `campaigns_start_date_idx` ON `campaigns` (`start_date`);--> statement-breakpoint
CREATE TABLE `__new_deliverables` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`campaign_id` text NOT NULL,
	`campaign_influencer_id` text,
	`type` text NOT NULL,
	`count` integer DEFAULT 1 NOT NULL,
	`price_min` integer,
	`price_max` integer,
	`price_suggested` integer,
	`currency` text DEFAULT 'USD' NOT NULL,
	`instructions` text,
	`guidelines` text,
	`due_date` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`post_url` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`campaign_influencer_id`) REFERENCES `campaign_influencers`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "deliverables_type_check" CHECK("__new_deliverables"."type" in ('static_post', 'carousel', 'reel', 'story', 'short', 'video_ad', 'unboxing', 'review', 'livestream')),
	CONSTRAINT "deliverables_status_check" CHECK("__new_deliverables"."status" in ('pending', 'in_progress', 'submitted', 'approved', 'published', 'rejected')),
	CONSTRAINT "deliverables_count_check" CHECK("__new_deliverables"."count" >= 1),
	CONSTRAINT "deliverables_price_min_check" CHECK("__new_deliverables"."price_min" is null or "__new_deliverables"."price_min" >= 0),
	CONSTRAINT "deliverables_price_max_check" CHECK("__new_deliverables"."price_max" is null or "__new_deliverables"."price_max" >= 0),
	CONSTRAINT "deliverables_price_suggested_check" CHECK("__new_deliverables"."price_suggested" is null or "__new_deliverables"."price_suggested" >= 0),
	CONSTRAINT "deliverables_price_range_check" CHECK("__new_deliverables"."price_min" is null or "__new_deliverables"."price_max" is null or "__new_deliverables"."price_min" <= "__new_deliverables"."price_max")
);
--> statement-breakpoint
INSERT INTO `__new_deliverables`("id", "org_id", "campaign_id", "campaign_influencer_id", "type", "count", "price_min", "price_max", "price_suggested", "currency", "instructions", "guidelines", "due_date", "status", "post_url", "created_at", "updated_at", "deleted_at") SELECT "id", "org_id", "campaign_id", "campaign_influencer_id", "type", "count", "price_min", "price_max", "price_suggested", "currency", "instructions", "guidelines", "due_date", "status", "post_url", "created_at", "updated_at", "deleted_at" FROM `deliverables`;--> statement-breakpoint
DROP TABLE `deliverables`;--> statement-breakpoint
ALTER TABLE `__new_deliverables` RENAME TO `deliverables`;--> statement-breakpoint
CREATE INDEX `deliverables_campaign_idx` ON `deliverables` (`campaign_id`);--> statement-breakpoint
CREATE INDEX `deliverables_due_idx` ON `deliverables` (`due_date`);--> statement-breakpoint
CREATE TABLE `__new_document_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`document_id` text NOT NULL,
	`parent_version_id` text,
	`name` text NOT NULL,
	`snapshot` blob NOT NULL,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_version_id`) REFERENCES `document_versions`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_document_versions`("id", "org_id", "document_id", "parent_version_id", "name", "snapshot", "created_by", "created_at", "updated_at", "deleted_at") SELECT "id", "org_id", "document_id", "parent_version_id", "name", "snapshot", "created_by", "created_at", "updated_at", "deleted_at" FROM `document_versions`;--> statement-breakpoint
DROP TABLE `document_versions`;--> statement-breakpoint
ALTER TABLE `__new_document_versions` RENAME TO `document_versions`;--> statement-breakpoint
CREATE INDEX `document_versions_document_idx` ON `document_versions` (`document_id`,`created_at`);