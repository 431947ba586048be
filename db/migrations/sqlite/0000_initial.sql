CREATE TABLE `notifications` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`user_id` text NOT NULL,
	`type` text NOT NULL,
	`title` text NOT NULL,
	`message` text,
	`link` text,
	`read_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notifications_user_read_idx` ON `notifications` (`user_id`,`read_at`,`created_at`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`description` text,
	`website` text,
	`email` text,
	`phone` text,
	`address` text,
	`city` text,
	`state` text,
	`zip_code` text,
	`country` text,
	`currency` text DEFAULT 'USD' NOT NULL,
	`timezone` text DEFAULT 'UTC' NOT NULL,
	`logo_url` text,
	`settings` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_slug_uq` ON `organizations` (`slug`);--> statement-breakpoint
CREATE INDEX `organizations_country_idx` ON `organizations` (`country`);--> statement-breakpoint
CREATE TABLE `permissions` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	CONSTRAINT "permissions_name_check" CHECK("permissions"."name" like '%.%')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `permissions_name_uq` ON `permissions` (`name`);--> statement-breakpoint
CREATE TABLE `role_permissions` (
	`id` text PRIMARY KEY NOT NULL,
	`role_id` text NOT NULL,
	`permission_id` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`permission_id`) REFERENCES `permissions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `role_permissions_uq` ON `role_permissions` (`role_id`,`permission_id`);--> statement-breakpoint
CREATE INDEX `role_permissions_permission_idx` ON `role_permissions` (`permission_id`);--> statement-breakpoint
CREATE TABLE `roles` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text,
	`name` text NOT NULL,
	`description` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `roles_org_name_uq` ON `roles` (`org_id`,`name`);--> statement-breakpoint
CREATE TABLE `user_roles` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role_id` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`role_id`) REFERENCES `roles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_roles_uq` ON `user_roles` (`user_id`,`role_id`);--> statement-breakpoint
CREATE INDEX `user_roles_role_idx` ON `user_roles` (`role_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`avatar_url` text,
	`status` text DEFAULT 'active' NOT NULL,
	`last_login` text,
	`email_verified` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "users_status_check" CHECK("users"."status" in ('active', 'suspended', 'deleted'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_uq` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_org_idx` ON `users` (`org_id`);--> statement-breakpoint
CREATE INDEX `users_status_idx` ON `users` (`status`);--> statement-breakpoint
CREATE TABLE `analytics_snapshots` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`taken_at` text NOT NULL,
	`total_campaigns` integer DEFAULT 0 NOT NULL,
	`active_campaigns` integer DEFAULT 0 NOT NULL,
	`total_budget` integer DEFAULT 0 NOT NULL,
	`total_influencers` integer DEFAULT 0 NOT NULL,
	`partnered_influencers` integer DEFAULT 0 NOT NULL,
	`total_revenue` integer DEFAULT 0 NOT NULL,
	`total_expenses` integer DEFAULT 0 NOT NULL,
	`currency` text DEFAULT 'USD' NOT NULL,
	`metadata` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `analytics_snapshots_org_taken_idx` ON `analytics_snapshots` (`org_id`,`taken_at`);--> statement-breakpoint
CREATE TABLE `campaign_influencers` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`campaign_id` text NOT NULL,
	`influencer_id` text NOT NULL,
	`user_id` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`rate` integer,
	`currency` text DEFAULT 'USD' NOT NULL,
	`utm_source` text,
	`utm_medium` text,
	`utm_campaign` text,
	`utm_content` text,
	`utm_term` text,
	`utm_url` text,
	`promo_code` text,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`influencer_id`) REFERENCES `influencers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "campaign_influencers_status_check" CHECK("campaign_influencers"."status" in ('planned', 'invited', 'accepted', 'contracted', 'content_submitted', 'approved', 'published', 'paid', 'declined', 'cancelled')),
	CONSTRAINT "campaign_influencers_rate_check" CHECK("campaign_influencers"."rate" is null or "campaign_influencers"."rate" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `campaign_influencers_uq` ON `campaign_influencers` (`campaign_id`,`influencer_id`);--> statement-breakpoint
CREATE INDEX `campaign_influencers_influencer_idx` ON `campaign_influencers` (`influencer_id`);--> statement-breakpoint
CREATE INDEX `campaign_influencers_status_idx` ON `campaign_influencers` (`campaign_id`,`status`);--> statement-breakpoint
CREATE TABLE `campaigns` (
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
	CONSTRAINT "campaigns_status_check" CHECK("campaigns"."status" in ('draft', 'planned', 'active', 'paused', 'completed', 'cancelled')),
	CONSTRAINT "campaigns_budget_check" CHECK("campaigns"."budget" >= 0),
	CONSTRAINT "campaigns_budget_min_check" CHECK("campaigns"."budget_min" is null or "campaigns"."budget_min" >= 0),
	CONSTRAINT "campaigns_budget_range_check" CHECK("campaigns"."budget_min" is null or "campaigns"."budget_max" is null or "campaigns"."budget_min" <= "campaigns"."budget_max"),
	CONSTRAINT "campaigns_dates_check" CHECK("campaigns"."start_date" is null or "campaigns"."end_date" is null or "campaigns"."start_date" <= "campaigns"."end_date")
);
--> statement-breakpoint
CREATE INDEX `campaigns_org_status_idx` ON `campaigns` (`org_id`,`status`);--> statement-breakpoint
CREATE INDEX `campaigns_brand_idx` ON `campaigns` (`brand_id`);--> statement-breakpoint
CREATE INDEX `campaigns_start_date_idx` ON `campaigns` (`start_date`);--> statement-breakpoint
CREATE TABLE `contracts` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`campaign_id` text NOT NULL,
	`offer_id` text NOT NULL,
	`influencer_id` text NOT NULL,
	`document_id` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`content` text NOT NULL,
	`signed_by` text,
	`signed_at` text,
	`dispute_status` text,
	`dispute_reason` text,
	`dispute_evidence` text,
	`dispute_resolution` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`offer_id`) REFERENCES `offers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`influencer_id`) REFERENCES `influencers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "contracts_status_check" CHECK("contracts"."status" in ('pending', 'signed', 'active', 'completed', 'disputed', 'terminated')),
	CONSTRAINT "contracts_dispute_status_check" CHECK("contracts"."dispute_status" is null or "contracts"."dispute_status" in ('pending', 'resolved', 'escalated'))
);
--> statement-breakpoint
CREATE INDEX `contracts_campaign_idx` ON `contracts` (`campaign_id`);--> statement-breakpoint
CREATE INDEX `contracts_influencer_idx` ON `contracts` (`influencer_id`);--> statement-breakpoint
CREATE INDEX `contracts_status_idx` ON `contracts` (`status`);--> statement-breakpoint
CREATE TABLE `deliverables` (
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
	CONSTRAINT "deliverables_type_check" CHECK("deliverables"."type" in ('static_post', 'carousel', 'reel', 'story', 'short', 'video_ad', 'unboxing', 'review', 'livestream')),
	CONSTRAINT "deliverables_status_check" CHECK("deliverables"."status" in ('pending', 'in_progress', 'submitted', 'approved', 'published', 'rejected')),
	CONSTRAINT "deliverables_count_check" CHECK("deliverables"."count" >= 1),
	CONSTRAINT "deliverables_price_min_check" CHECK("deliverables"."price_min" is null or "deliverables"."price_min" >= 0),
	CONSTRAINT "deliverables_price_range_check" CHECK("deliverables"."price_min" is null or "deliverables"."price_max" is null or "deliverables"."price_min" <= "deliverables"."price_max")
);
--> statement-breakpoint
CREATE INDEX `deliverables_campaign_idx` ON `deliverables` (`campaign_id`);--> statement-breakpoint
CREATE INDEX `deliverables_due_idx` ON `deliverables` (`due_date`);--> statement-breakpoint
CREATE TABLE `financial_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`campaign_id` text,
	`document_id` text,
	`type` text NOT NULL,
	`document_number` text NOT NULL,
	`number_provisional` integer DEFAULT true NOT NULL,
	`amount` integer NOT NULL,
	`currency` text DEFAULT 'USD' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`issue_date` text,
	`due_date` text,
	`paid_date` text,
	`description` text,
	`line_items` text DEFAULT '[]' NOT NULL,
	`metadata` text,
	`file_path` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "financial_documents_type_check" CHECK("financial_documents"."type" in ('po', 'invoice', 'form')),
	CONSTRAINT "financial_documents_status_check" CHECK("financial_documents"."status" in ('pending', 'approved', 'paid', 'rejected')),
	CONSTRAINT "financial_documents_amount_check" CHECK("financial_documents"."amount" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `financial_documents_org_number_uq` ON `financial_documents` (`org_id`,`document_number`);--> statement-breakpoint
CREATE INDEX `financial_documents_campaign_idx` ON `financial_documents` (`campaign_id`);--> statement-breakpoint
CREATE INDEX `financial_documents_type_status_idx` ON `financial_documents` (`type`,`status`);--> statement-breakpoint
CREATE TABLE `import_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`user_id` text,
	`source` text NOT NULL,
	`file_name` text,
	`external_run_id` text,
	`status` text DEFAULT 'running' NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`total_rows` integer DEFAULT 0 NOT NULL,
	`created_count` integer DEFAULT 0 NOT NULL,
	`updated_count` integer DEFAULT 0 NOT NULL,
	`refused_count` integer DEFAULT 0 NOT NULL,
	`refusals` text DEFAULT '[]' NOT NULL,
	`status_message` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "import_runs_source_check" CHECK("import_runs"."source" in ('csv', 'apify')),
	CONSTRAINT "import_runs_status_check" CHECK("import_runs"."status" in ('running', 'succeeded', 'failed'))
);
--> statement-breakpoint
CREATE INDEX `import_runs_org_started_idx` ON `import_runs` (`org_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `offers` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`campaign_id` text NOT NULL,
	`influencer_id` text NOT NULL,
	`price` integer NOT NULL,
	`currency` text DEFAULT 'USD' NOT NULL,
	`terms` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`counter_by` text,
	`expires_at` text,
	`accepted_at` text,
	`rejected_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`influencer_id`) REFERENCES `influencers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "offers_status_check" CHECK("offers"."status" in ('pending', 'accepted', 'rejected', 'counter', 'expired', 'completed')),
	CONSTRAINT "offers_price_check" CHECK("offers"."price" >= 0),
	CONSTRAINT "offers_counter_by_check" CHECK("offers"."counter_by" is null or "offers"."counter_by" in ('brand', 'influencer'))
);
--> statement-breakpoint
CREATE INDEX `offers_campaign_idx` ON `offers` (`campaign_id`);--> statement-breakpoint
CREATE INDEX `offers_influencer_idx` ON `offers` (`influencer_id`);--> statement-breakpoint
CREATE INDEX `offers_status_idx` ON `offers` (`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `offers_active_per_influencer_uq` ON `offers` (`campaign_id`,`influencer_id`) WHERE status in ('pending', 'counter', 'accepted') and deleted_at is null;--> statement-breakpoint
CREATE TABLE `opportunities` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`campaign_id` text,
	`influencer_id` text,
	`owner_id` text,
	`name` text NOT NULL,
	`amount` integer DEFAULT 0 NOT NULL,
	`currency` text DEFAULT 'USD' NOT NULL,
	`stage` text DEFAULT 'prospecting' NOT NULL,
	`close_date` text,
	`utm_source` text,
	`utm_medium` text,
	`utm_campaign` text,
	`utm_content` text,
	`utm_term` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`influencer_id`) REFERENCES `influencers`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "opportunities_stage_check" CHECK("opportunities"."stage" in ('prospecting', 'qualified', 'proposal', 'negotiation', 'closed_won', 'closed_lost')),
	CONSTRAINT "opportunities_amount_check" CHECK("opportunities"."amount" >= 0)
);
--> statement-breakpoint
CREATE INDEX `opportunities_campaign_idx` ON `opportunities` (`campaign_id`);--> statement-breakpoint
CREATE INDEX `opportunities_influencer_idx` ON `opportunities` (`influencer_id`);--> statement-breakpoint
CREATE INDEX `opportunities_org_stage_idx` ON `opportunities` (`org_id`,`stage`);--> statement-breakpoint
CREATE TABLE `payments` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`campaign_id` text NOT NULL,
	`contract_id` text,
	`influencer_id` text NOT NULL,
	`amount` integer NOT NULL,
	`currency` text DEFAULT 'USD' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`payment_method` text,
	`escrow_status` text DEFAULT 'held' NOT NULL,
	`escrow_released_at` text,
	`external_reference` text,
	`metadata` text,
	`paid_at` text,
	`failed_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`influencer_id`) REFERENCES `influencers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payments_status_check" CHECK("payments"."status" in ('pending', 'authorized', 'captured', 'released', 'failed', 'refunded', 'disputed')),
	CONSTRAINT "payments_amount_check" CHECK("payments"."amount" >= 0),
	CONSTRAINT "payments_method_check" CHECK("payments"."payment_method" is null or "payments"."payment_method" in ('card', 'bank_transfer', 'wallet')),
	CONSTRAINT "payments_escrow_check" CHECK("payments"."escrow_status" in ('held', 'released', 'refunded'))
);
--> statement-breakpoint
CREATE INDEX `payments_campaign_idx` ON `payments` (`campaign_id`);--> statement-breakpoint
CREATE INDEX `payments_status_idx` ON `payments` (`status`);--> statement-breakpoint
CREATE INDEX `payments_influencer_idx` ON `payments` (`influencer_id`);--> statement-breakpoint
CREATE TABLE `post_metrics` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`campaign_id` text NOT NULL,
	`campaign_influencer_id` text,
	`deliverable_id` text,
	`platform` text NOT NULL,
	`post_url` text,
	`impressions` integer,
	`reach` integer,
	`likes` integer,
	`comments` integer,
	`shares` integer,
	`clicks` integer,
	`engagement_rate` real,
	`measured_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`campaign_influencer_id`) REFERENCES `campaign_influencers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`deliverable_id`) REFERENCES `deliverables`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "post_metrics_platform_check" CHECK("post_metrics"."platform" in ('instagram', 'tiktok', 'youtube', 'twitter', 'linkedin', 'twitch'))
);
--> statement-breakpoint
CREATE INDEX `post_metrics_campaign_measured_idx` ON `post_metrics` (`campaign_id`,`measured_at`);--> statement-breakpoint
CREATE INDEX `post_metrics_campaign_influencer_idx` ON `post_metrics` (`campaign_influencer_id`);--> statement-breakpoint
CREATE TABLE `brands` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`owner_id` text,
	`name` text NOT NULL,
	`email` text,
	`phone` text,
	`website` text,
	`industry` text,
	`address` text,
	`country` text,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `brands_org_name_uq` ON `brands` (`org_id`,`name`);--> statement-breakpoint
CREATE TABLE `campaign_products` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`campaign_id` text NOT NULL,
	`product_id` text NOT NULL,
	`quantity` integer DEFAULT 1 NOT NULL,
	`discount_percent` real,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "campaign_products_quantity_check" CHECK("campaign_products"."quantity" > 0),
	CONSTRAINT "campaign_products_discount_check" CHECK("campaign_products"."discount_percent" is null or "campaign_products"."discount_percent" between 0 and 100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `campaign_products_uq` ON `campaign_products` (`campaign_id`,`product_id`);--> statement-breakpoint
CREATE INDEX `campaign_products_product_idx` ON `campaign_products` (`product_id`);--> statement-breakpoint
CREATE TABLE `products` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`brand_id` text,
	`name` text NOT NULL,
	`sku` text NOT NULL,
	`description` text,
	`price` integer DEFAULT 0 NOT NULL,
	`currency` text DEFAULT 'USD' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "products_price_check" CHECK("products"."price" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_org_sku_uq` ON `products` (`org_id`,`sku`);--> statement-breakpoint
CREATE INDEX `products_brand_idx` ON `products` (`brand_id`);--> statement-breakpoint
CREATE TABLE `document_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`body` text NOT NULL,
	`usage_count` integer DEFAULT 0 NOT NULL,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "document_templates_kind_check" CHECK("document_templates"."kind" in ('brief', 'contract', 'proposal', 'outreach_email', 'report', 'po', 'invoice'))
);
--> statement-breakpoint
CREATE INDEX `document_templates_org_kind_idx` ON `document_templates` (`org_id`,`kind`);--> statement-breakpoint
CREATE TABLE `document_updates` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`document_id` text NOT NULL,
	`author_id` text,
	`update` blob NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `document_updates_document_idx` ON `document_updates` (`document_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `document_versions` (
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
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `document_versions_document_idx` ON `document_versions` (`document_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`owner_id` text,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`campaign_id` text,
	`influencer_id` text,
	`template_id` text,
	`preview` text DEFAULT '' NOT NULL,
	`pdf_path` text,
	`visibility` text DEFAULT 'team' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`influencer_id`) REFERENCES `influencers`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`template_id`) REFERENCES `document_templates`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "documents_kind_check" CHECK("documents"."kind" in ('brief', 'contract', 'proposal', 'outreach_email', 'report', 'po', 'invoice')),
	CONSTRAINT "documents_status_check" CHECK("documents"."status" in ('draft', 'in_review', 'approved', 'sent', 'signed')),
	CONSTRAINT "documents_visibility_check" CHECK("documents"."visibility" in ('team', 'private'))
);
--> statement-breakpoint
CREATE INDEX `documents_org_kind_idx` ON `documents` (`org_id`,`kind`);--> statement-breakpoint
CREATE INDEX `documents_campaign_idx` ON `documents` (`campaign_id`);--> statement-breakpoint
CREATE INDEX `documents_influencer_idx` ON `documents` (`influencer_id`);--> statement-breakpoint
CREATE TABLE `influencer_accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`influencer_id` text NOT NULL,
	`platform` text NOT NULL,
	`handle` text NOT NULL,
	`url` text,
	`followers` integer,
	`verified` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`influencer_id`) REFERENCES `influencers`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "influencer_accounts_platform_check" CHECK("influencer_accounts"."platform" in ('instagram', 'tiktok', 'youtube', 'twitter', 'linkedin', 'twitch'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `influencer_accounts_org_platform_handle_uq` ON `influencer_accounts` (`org_id`,`platform`,`handle`);--> statement-breakpoint
CREATE INDEX `influencer_accounts_influencer_idx` ON `influencer_accounts` (`influencer_id`);--> statement-breakpoint
CREATE TABLE `influencer_relationships` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`influencer_id` text NOT NULL,
	`owner_id` text,
	`stage_id` text NOT NULL,
	`position` real NOT NULL,
	`priority` integer DEFAULT 0 NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`notes` text,
	`last_contacted_at` text,
	`follow_up_date` text,
	`relationship_strength` integer DEFAULT 0 NOT NULL,
	`visibility` text DEFAULT 'team' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`influencer_id`) REFERENCES `influencers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`stage_id`) REFERENCES `pipeline_stages`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "influencer_relationships_priority_check" CHECK("influencer_relationships"."priority" between 0 and 5),
	CONSTRAINT "influencer_relationships_strength_check" CHECK("influencer_relationships"."relationship_strength" between 0 and 100),
	CONSTRAINT "influencer_relationships_visibility_check" CHECK("influencer_relationships"."visibility" in ('team', 'private'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `influencer_relationships_org_influencer_uq` ON `influencer_relationships` (`org_id`,`influencer_id`);--> statement-breakpoint
CREATE INDEX `influencer_relationships_stage_position_idx` ON `influencer_relationships` (`stage_id`,`position`);--> statement-breakpoint
CREATE INDEX `influencer_relationships_follow_up_idx` ON `influencer_relationships` (`follow_up_date`);--> statement-breakpoint
CREATE INDEX `influencer_relationships_strength_idx` ON `influencer_relationships` (`relationship_strength`);--> statement-breakpoint
CREATE INDEX `influencer_relationships_owner_idx` ON `influencer_relationships` (`owner_id`);--> statement-breakpoint
CREATE TABLE `influencer_stats_history` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`influencer_id` text NOT NULL,
	`platform` text NOT NULL,
	`followers` integer,
	`following` integer,
	`posts` integer,
	`engagement_rate` real,
	`average_likes` integer,
	`average_comments` integer,
	`reach` integer,
	`impressions` integer,
	`audience_growth` real,
	`authenticity_score` real,
	`fake_follower_risk` text DEFAULT 'low' NOT NULL,
	`fake_follower_risk_score` real,
	`data_source` text,
	`snapshot_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`influencer_id`) REFERENCES `influencers`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "influencer_stats_platform_check" CHECK("influencer_stats_history"."platform" in ('instagram', 'tiktok', 'youtube', 'twitter', 'linkedin', 'twitch')),
	CONSTRAINT "influencer_stats_risk_check" CHECK("influencer_stats_history"."fake_follower_risk" in ('low', 'medium', 'high')),
	CONSTRAINT "influencer_stats_authenticity_check" CHECK("influencer_stats_history"."authenticity_score" is null or "influencer_stats_history"."authenticity_score" between 0 and 1)
);
--> statement-breakpoint
CREATE INDEX `influencer_stats_influencer_platform_date_idx` ON `influencer_stats_history` (`influencer_id`,`platform`,`snapshot_at`);--> statement-breakpoint
CREATE TABLE `influencers` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`phone` text,
	`bio` text,
	`avatar_url` text,
	`country` text,
	`language` text,
	`niche_tags` text DEFAULT '[]' NOT NULL,
	`primary_platform` text,
	`profile_url` text,
	`followers` integer DEFAULT 0 NOT NULL,
	`engagement_rate` real,
	`audience_demographics` text,
	`rate_card` text,
	`source` text DEFAULT 'manual' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "influencers_platform_check" CHECK("influencers"."primary_platform" is null or "influencers"."primary_platform" in ('instagram', 'tiktok', 'youtube', 'twitter', 'linkedin', 'twitch')),
	CONSTRAINT "influencers_source_check" CHECK("influencers"."source" in ('manual', 'import', 'apify')),
	CONSTRAINT "influencers_followers_check" CHECK("influencers"."followers" >= 0),
	CONSTRAINT "influencers_engagement_check" CHECK("influencers"."engagement_rate" is null or "influencers"."engagement_rate" between 0 and 100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `influencers_org_email_uq` ON `influencers` (`org_id`,`email`);--> statement-breakpoint
CREATE INDEX `influencers_org_name_idx` ON `influencers` (`org_id`,`name`);--> statement-breakpoint
CREATE INDEX `influencers_org_followers_idx` ON `influencers` (`org_id`,`followers`);--> statement-breakpoint
CREATE INDEX `influencers_org_platform_idx` ON `influencers` (`org_id`,`primary_platform`);--> statement-breakpoint
CREATE TABLE `interactions` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`user_id` text,
	`influencer_id` text NOT NULL,
	`campaign_id` text,
	`type` text NOT NULL,
	`direction` text,
	`subject` text,
	`content` text,
	`attachment_path` text,
	`interaction_date` text NOT NULL,
	`visibility` text DEFAULT 'team' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`influencer_id`) REFERENCES `influencers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "interactions_type_check" CHECK("interactions"."type" in ('email', 'call', 'meeting', 'note', 'dm', 'file_upload')),
	CONSTRAINT "interactions_direction_check" CHECK("interactions"."direction" is null or "interactions"."direction" in ('inbound', 'outbound')),
	CONSTRAINT "interactions_visibility_check" CHECK("interactions"."visibility" in ('team', 'private'))
);
--> statement-breakpoint
CREATE INDEX `interactions_influencer_date_idx` ON `interactions` (`influencer_id`,`interaction_date`);--> statement-breakpoint
CREATE INDEX `interactions_user_idx` ON `interactions` (`user_id`);--> statement-breakpoint
CREATE INDEX `interactions_campaign_idx` ON `interactions` (`campaign_id`);--> statement-breakpoint
CREATE INDEX `interactions_type_idx` ON `interactions` (`type`);--> statement-breakpoint
CREATE INDEX `interactions_date_idx` ON `interactions` (`interaction_date`);--> statement-breakpoint
CREATE TABLE `pipeline_stages` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text DEFAULT 'open' NOT NULL,
	`color` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "pipeline_stages_kind_check" CHECK("pipeline_stages"."kind" in ('open', 'won', 'lost'))
);
--> statement-breakpoint
CREATE INDEX `pipeline_stages_org_position_idx` ON `pipeline_stages` (`org_id`,`position`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`title` text NOT NULL,
	`notes` text,
	`assignee_id` text,
	`created_by` text,
	`influencer_id` text,
	`campaign_id` text,
	`due_at` text,
	`done_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`influencer_id`) REFERENCES `influencers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tasks_assignee_due_idx` ON `tasks` (`assignee_id`,`done_at`,`due_at`);--> statement-breakpoint
CREATE INDEX `tasks_influencer_idx` ON `tasks` (`influencer_id`);--> statement-breakpoint
CREATE INDEX `tasks_campaign_idx` ON `tasks` (`campaign_id`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mutation_id` text NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`op` text NOT NULL,
	`changes` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_mutation_id_unique` ON `outbox` (`mutation_id`);--> statement-breakpoint
CREATE INDEX `outbox_table_row_idx` ON `outbox` (`table_name`,`row_id`);