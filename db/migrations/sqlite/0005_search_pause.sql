ALTER TABLE `device_state` ADD `search_paused` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- The full-text triggers of 0001, again, each with a WHEN: while device_state.search_paused
-- is set (a first download from the server), rows are not indexed one by one; the engine
-- rebuilds the index once at the end (db/sqlite/search-index.ts). coalesce: a file with
-- no device_state row yet (before the first start) indexes as before.
DROP TRIGGER `influencers_search_ai`;
--> statement-breakpoint
CREATE TRIGGER `influencers_search_ai` AFTER INSERT ON `influencers`
	WHEN coalesce((SELECT search_paused FROM device_state WHERE id = 1), 0) = 0
BEGIN
	INSERT INTO influencer_search(rowid, influencer_id, name, handles, bio, niche_tags)
	VALUES (new.rowid, new.id, new.name,
		(SELECT group_concat(handle, ' ') FROM influencer_accounts WHERE influencer_id = new.id AND deleted_at IS NULL),
		new.bio, new.niche_tags);
END;
--> statement-breakpoint
DROP TRIGGER `influencers_search_au`;
--> statement-breakpoint
CREATE TRIGGER `influencers_search_au` AFTER UPDATE ON `influencers`
	WHEN coalesce((SELECT search_paused FROM device_state WHERE id = 1), 0) = 0
BEGIN
	DELETE FROM influencer_search WHERE rowid = old.rowid;
	INSERT INTO influencer_search(rowid, influencer_id, name, handles, bio, niche_tags)
	VALUES (new.rowid, new.id, new.name,
		(SELECT group_concat(handle, ' ') FROM influencer_accounts WHERE influencer_id = new.id AND deleted_at IS NULL),
		new.bio, new.niche_tags);
END;
--> statement-breakpoint
DROP TRIGGER `influencers_search_ad`;
--> statement-breakpoint
CREATE TRIGGER `influencers_search_ad` AFTER DELETE ON `influencers`
	WHEN coalesce((SELECT search_paused FROM device_state WHERE id = 1), 0) = 0
BEGIN
	DELETE FROM influencer_search WHERE rowid = old.rowid;
END;
--> statement-breakpoint
DROP TRIGGER `influencer_accounts_search_ai`;
--> statement-breakpoint
CREATE TRIGGER `influencer_accounts_search_ai` AFTER INSERT ON `influencer_accounts`
	WHEN coalesce((SELECT search_paused FROM device_state WHERE id = 1), 0) = 0
BEGIN
	UPDATE influencer_search SET handles =
		(SELECT group_concat(handle, ' ') FROM influencer_accounts WHERE influencer_id = new.influencer_id AND deleted_at IS NULL)
	WHERE rowid = (SELECT rowid FROM influencers WHERE id = new.influencer_id);
END;
--> statement-breakpoint
DROP TRIGGER `influencer_accounts_search_au`;
--> statement-breakpoint
CREATE TRIGGER `influencer_accounts_search_au` AFTER UPDATE ON `influencer_accounts`
	WHEN coalesce((SELECT search_paused FROM device_state WHERE id = 1), 0) = 0
BEGIN
	UPDATE influencer_search SET handles =
		(SELECT group_concat(handle, ' ') FROM influencer_accounts WHERE influencer_id = new.influencer_id AND deleted_at IS NULL)
	WHERE rowid = (SELECT rowid FROM influencers WHERE id = new.influencer_id);
END;
--> statement-breakpoint
DROP TRIGGER `influencer_accounts_search_ad`;
--> statement-breakpoint
CREATE TRIGGER `influencer_accounts_search_ad` AFTER DELETE ON `influencer_accounts`
	WHEN coalesce((SELECT search_paused FROM device_state WHERE id = 1), 0) = 0
BEGIN
	UPDATE influencer_search SET handles =
		(SELECT group_concat(handle, ' ') FROM influencer_accounts WHERE influencer_id = old.influencer_id AND deleted_at IS NULL)
	WHERE rowid = (SELECT rowid FROM influencers WHERE id = old.influencer_id);
END;
--> statement-breakpoint
DROP TRIGGER `interactions_search_ai`;
--> statement-breakpoint
CREATE TRIGGER `interactions_search_ai` AFTER INSERT ON `interactions`
	WHEN coalesce((SELECT search_paused FROM device_state WHERE id = 1), 0) = 0
BEGIN
	INSERT INTO interaction_search(rowid, subject, content) VALUES (new.rowid, new.subject, new.content);
END;
--> statement-breakpoint
DROP TRIGGER `interactions_search_ad`;
--> statement-breakpoint
CREATE TRIGGER `interactions_search_ad` AFTER DELETE ON `interactions`
	WHEN coalesce((SELECT search_paused FROM device_state WHERE id = 1), 0) = 0
BEGIN
	INSERT INTO interaction_search(interaction_search, rowid, subject, content) VALUES ('delete', old.rowid, old.subject, old.content);
END;
--> statement-breakpoint
DROP TRIGGER `interactions_search_au`;
--> statement-breakpoint
CREATE TRIGGER `interactions_search_au` AFTER UPDATE ON `interactions`
	WHEN coalesce((SELECT search_paused FROM device_state WHERE id = 1), 0) = 0
BEGIN
	INSERT INTO interaction_search(interaction_search, rowid, subject, content) VALUES ('delete', old.rowid, old.subject, old.content);
	INSERT INTO interaction_search(rowid, subject, content) VALUES (new.rowid, new.subject, new.content);
END;
--> statement-breakpoint
DROP TRIGGER `documents_search_ai`;
--> statement-breakpoint
CREATE TRIGGER `documents_search_ai` AFTER INSERT ON `documents`
	WHEN coalesce((SELECT search_paused FROM device_state WHERE id = 1), 0) = 0
BEGIN
	INSERT INTO document_search(rowid, title, preview) VALUES (new.rowid, new.title, new.preview);
END;
--> statement-breakpoint
DROP TRIGGER `documents_search_ad`;
--> statement-breakpoint
CREATE TRIGGER `documents_search_ad` AFTER DELETE ON `documents`
	WHEN coalesce((SELECT search_paused FROM device_state WHERE id = 1), 0) = 0
BEGIN
	INSERT INTO document_search(document_search, rowid, title, preview) VALUES ('delete', old.rowid, old.title, old.preview);
END;
--> statement-breakpoint
DROP TRIGGER `documents_search_au`;
--> statement-breakpoint
CREATE TRIGGER `documents_search_au` AFTER UPDATE ON `documents`
	WHEN coalesce((SELECT search_paused FROM device_state WHERE id = 1), 0) = 0
BEGIN
	INSERT INTO document_search(document_search, rowid, title, preview) VALUES ('delete', old.rowid, old.title, old.preview);
	INSERT INTO document_search(rowid, title, preview) VALUES (new.rowid, new.title, new.preview);
END;
