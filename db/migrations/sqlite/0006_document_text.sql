CREATE TABLE `document_exports` (
	`document_id` text PRIMARY KEY NOT NULL,
	`path` text NOT NULL,
	`exported_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `document_update_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` text NOT NULL,
	`row_id` text NOT NULL,
	`kind` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `document_update_log_document_idx` ON `document_update_log` (`document_id`,`seq`);--> statement-breakpoint
ALTER TABLE `device_state` ADD `document_text_seq` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Hand-written: every change to a document's history lands in the log, whatever wrote it
-- (the app, a pull, a refused push taken back, a must-refetch, a sign-in's wipe).
CREATE TRIGGER `document_updates_log_ai` AFTER INSERT ON `document_updates` BEGIN
	INSERT INTO document_update_log(document_id, row_id, kind) VALUES (new.document_id, new.id, 'insert');
END;
--> statement-breakpoint
CREATE TRIGGER `document_updates_log_au` AFTER UPDATE ON `document_updates` BEGIN
	INSERT INTO document_update_log(document_id, row_id, kind) VALUES (new.document_id, new.id, 'update');
END;
--> statement-breakpoint
CREATE TRIGGER `document_updates_log_ad` AFTER DELETE ON `document_updates` BEGIN
	INSERT INTO document_update_log(document_id, row_id, kind) VALUES (old.document_id, old.id, 'delete');
END;
