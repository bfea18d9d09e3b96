-- 并单 (docs/intake.md, "并单"): one problem, one appeal, however many businesses report it.
--
-- What a new appeal's problem is, stored with it so that the look-up of later messages compares stored values and
-- never re-reads old texts: the catalogue matter intake placed it in, the places it names (space-separated) and
-- the shingles of its words (character pairs written one after another, two characters a pair).
ALTER TABLE appeal ADD COLUMN matter_code VARCHAR(64) NULL;
ALTER TABLE appeal ADD COLUMN merge_places VARCHAR(255) NULL;
ALTER TABLE appeal ADD COLUMN merge_shingles VARCHAR(1024) NULL;

-- The appeal this one was merged into by hand (并单 主编号 编号), while it stays merged; NULL otherwise. Kept from the
-- MERGED_AWAY / SPLIT events; the digests leave such appeals out, so a problem counts once.
ALTER TABLE appeal ADD COLUMN merged_into VARCHAR(32) NULL;

-- The look-up: the open appeals of one group and category within the last 72 hours, an index range.
CREATE INDEX ix_appeal_merge ON appeal (group_code, category_code, status, created_at);

-- Every requester of an appeal, the one who wrote it included (joined_order 0); kept from the timeline's
-- REQUESTER_JOINED / REQUESTER_LEFT events in the same transaction. Where a requester's appeals are found
-- (补充, ratings, 我的诉求, short numbers) and what the API and the export list.
CREATE TABLE appeal_requester (
  appeal_id   BIGINT      NOT NULL,
  user_id     VARCHAR(64) NOT NULL,
  joined_order INT        NOT NULL,
  joined_at   DATETIME(3) NOT NULL,
  PRIMARY KEY (appeal_id, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_appeal_requester_user ON appeal_requester (user_id, appeal_id);

