-- Full-text search (FTS5) over influencers (name, handles, bio, niche tags), interactions
-- and documents. Kept current by triggers, so every write path, sync included, indexes.
-- Prefix indexes make search-as-you-type cheap. Account triggers find the row by rowid
-- (the index cannot search by influencer_id), so they cost one lookup, not a scan.
CREATE VIRTUAL TABLE `influencer_search` USING fts5(
	influencer_id UNINDEXED, name, handles, bio, niche_tags,
	tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER `influencers_search_ai` AFTER INSERT ON `influencers` BEGIN
	INSERT INTO influencer_search(rowid, influencer_id, name, handles, bio, niche_tags)
	VALUES (new.rowid, new.id, new.name,
		(SELECT group_concat(handle, ' ') FROM influencer_accounts WHERE influencer_id = new.id AND deleted_at IS NULL),
		new.bio, new.niche_tags);
END;
--> statement-breakpoint
CREATE TRIGGER `influencers_search_au` AFTER UPDATE ON `influencers` BEGIN
	DELETE FROM influencer_search WHERE rowid = old.rowid;
	INSERT INTO influencer_search(rowid, influencer_id, name, handles, bio, niche_tags)
	VALUES (new.rowid, new.id, new.name,
		(SELECT group_concat(handle, ' ') FROM influencer_accounts WHERE influencer_id = new.id AND deleted_at IS NULL),
		new.bio, new.niche_tags);
END;
--> statement-breakpoint
CREATE TRIGGER `influencers_search_ad` AFTER DELETE ON `influencers` BEGIN
	DELETE FROM influencer_search WHERE rowid = old.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `influencer_accounts_search_ai` AFTER INSERT ON `influencer_accounts` BEGIN
	UPDATE influencer_search SET handles =
		(SELECT group_concat(handle, ' ') FROM influencer_accounts WHERE influencer_id = new.influencer_id AND deleted_at IS NULL)
	WHERE rowid = (SELECT rowid FROM influencers WHERE id = new.influencer_id);
END;
--> statement-breakpoint
CREATE TRIGGER `influencer_accounts_search_au` AFTER UPDATE ON `influencer_accounts` BEGIN
	UPDATE influencer_search SET handles =
		(SELECT group_concat(handle, ' ') FROM influencer_accounts WHERE influencer_id = new.influencer_id AND deleted_at IS NULL)
	WHERE rowid = (SELECT rowid FROM influencers WHERE id = new.influencer_id);
END;
--> statement-breakpoint
CREATE TRIGGER `influencer_accounts_search_ad` AFTER DELETE ON `influencer_accounts` BEGIN
	UPDATE influencer_search SET handles =
		(SELECT group_concat(handle, ' ') FROM influencer_accounts WHERE influencer_id = old.influencer_id AND deleted_at IS NULL)
	WHERE rowid = (SELECT rowid FROM influencers WHERE id = old.influencer_id);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `interaction_search` USING fts5(
	subject, content, content = 'interactions', content_rowid = 'rowid',
	tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER `interactions_search_ai` AFTER INSERT ON `interactions` BEGIN
	INSERT INTO interaction_search(rowid, subject, content) VALUES (new.rowid, new.subject, new.content);
END;
--> statement-breakpoint
CREATE TRIGGER `interactions_search_ad` AFTER DELETE ON `interactions` BEGIN
	INSERT INTO interaction_search(interaction_search, rowid, subject, content) VALUES ('delete', old.rowid, old.subject, old.content);
END;
--> statement-breakpoint
CREATE TRIGGER `interactions_search_au` AFTER UPDATE ON `interactions` BEGIN
	INSERT INTO interaction_search(interaction_search, rowid, subject, content) VALUES ('delete', old.rowid, old.subject, old.content);
	INSERT INTO interaction_search(rowid, subject, content) VALUES (new.rowid, new.subject, new.content);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `document_search` USING fts5(
	title, preview, content = 'documents', content_rowid = 'rowid',
	tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER `documents_search_ai` AFTER INSERT ON `documents` BEGIN
	INSERT INTO document_search(rowid, title, preview) VALUES (new.rowid, new.title, new.preview);
END;
--> statement-breakpoint
CREATE TRIGGER `documents_search_ad` AFTER DELETE ON `documents` BEGIN
	INSERT INTO document_search(document_search, rowid, title, preview) VALUES ('delete', old.rowid, old.title, old.preview);
END;
--> statement-breakpoint
CREATE TRIGGER `documents_search_au` AFTER UPDATE ON `documents` BEGIN
	INSERT INTO document_search(document_search, rowid, title, preview) VALUES ('delete', old.rowid, old.title, old.preview);
	INSERT INTO document_search(rowid, title, preview) VALUES (new.rowid, new.title, new.preview);
END;
