CREATE TABLE `campaigns` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`name` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`budget` integer DEFAULT 0 NOT NULL,
	`currency` text DEFAULT 'USD' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "campaigns_status_check" CHECK("campaigns"."status" in ('draft', 'planned', 'active', 'paused', 'completed', 'cancelled')),
	CONSTRAINT "campaigns_budget_check" CHECK("campaigns"."budget" >= 0)
);
--> statement-breakpoint
CREATE INDEX `campaigns_org_status_idx` ON `campaigns` (`org_id`,`status`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "documents_kind_check" CHECK("documents"."kind" in ('brief', 'contract', 'proposal', 'outreach_email', 'report', 'po', 'invoice')),
	CONSTRAINT "documents_status_check" CHECK("documents"."status" in ('draft', 'in_review', 'approved', 'sent', 'signed'))
);
--> statement-breakpoint
CREATE INDEX `documents_org_idx` ON `documents` (`org_id`);--> statement-breakpoint
CREATE TABLE `influencer_relationships` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`influencer_id` text NOT NULL,
	`owner_id` text,
	`stage_id` text NOT NULL,
	`position` real NOT NULL,
	`priority` integer DEFAULT 0 NOT NULL,
	`visibility` text DEFAULT 'team' NOT NULL,
	`last_contacted_at` text,
	`follow_up_date` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`influencer_id`) REFERENCES `influencers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`stage_id`) REFERENCES `pipeline_stages`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "influencer_relationships_priority_check" CHECK("influencer_relationships"."priority" between 0 and 5),
	CONSTRAINT "influencer_relationships_visibility_check" CHECK("influencer_relationships"."visibility" in ('team', 'private'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `influencer_relationships_org_influencer_uq` ON `influencer_relationships` (`org_id`,`influencer_id`);--> statement-breakpoint
CREATE INDEX `influencer_relationships_stage_idx` ON `influencer_relationships` (`stage_id`,`position`);--> statement-breakpoint
CREATE TABLE `influencers` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`phone` text,
	`bio` text,
	`country` text,
	`language` text,
	`primary_platform` text,
	`profile_url` text,
	`followers` integer DEFAULT 0 NOT NULL,
	`engagement_rate` real,
	`source` text DEFAULT 'manual' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "influencers_platform_check" CHECK("influencers"."primary_platform" is null or "influencers"."primary_platform" in ('instagram', 'tiktok', 'youtube', 'twitter', 'linkedin', 'twitch')),
	CONSTRAINT "influencers_source_check" CHECK("influencers"."source" in ('manual', 'import', 'apify')),
	CONSTRAINT "influencers_followers_check" CHECK("influencers"."followers" >= 0)
);
--> statement-breakpoint
CREATE INDEX `influencers_org_name_idx` ON `influencers` (`org_id`,`name`);--> statement-breakpoint
CREATE INDEX `influencers_org_followers_idx` ON `influencers` (`org_id`,`followers`);--> statement-breakpoint
CREATE TABLE `interactions` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`user_id` text,
	`influencer_id` text NOT NULL,
	`type` text NOT NULL,
	`subject` text,
	`content` text,
	`interaction_date` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`influencer_id`) REFERENCES `influencers`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "interactions_type_check" CHECK("interactions"."type" in ('email', 'call', 'meeting', 'note', 'dm', 'file_upload'))
);
--> statement-breakpoint
CREATE INDEX `interactions_influencer_date_idx` ON `interactions` (`influencer_id`,`interaction_date`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`country` text,
	`currency` text DEFAULT 'USD' NOT NULL,
	`timezone` text DEFAULT 'UTC' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_slug_unique` ON `organizations` (`slug`);--> statement-breakpoint
CREATE TABLE `pipeline_stages` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text DEFAULT 'open' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "pipeline_stages_kind_check" CHECK("pipeline_stages"."kind" in ('open', 'won', 'lost'))
);
--> statement-breakpoint
CREATE INDEX `pipeline_stages_org_idx` ON `pipeline_stages` (`org_id`,`position`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "users_status_check" CHECK("users"."status" in ('active', 'suspended', 'deleted'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_org_idx` ON `users` (`org_id`);