-- The version of the reference data every message reads (groups and their bindings, staff, departments). Each
-- instance keeps these tables in memory; every edit raises this counter in its own transaction, and each instance
-- compares the counter with the one its copy was read at four times a second, so an edit made on one instance is
-- used by every instance within a second (docs/architecture.md, "Reference data"). One row, id 1.
CREATE TABLE reference_data_version (
  id       INT     NOT NULL PRIMARY KEY,
  version  BIGINT  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO reference_data_version (id, version) VALUES (1, 0);

-- Inbox workers claim a batch of messages in one statement (docs/architecture.md, "Inbox"): the conditional UPDATE
-- writes the claimer's token into the rows it won, and the claimer reads back by its candidates' ids and that token.
-- The token says nothing once the lease is over; a later claim overwrites it.
ALTER TABLE inbox_message ADD COLUMN claim_token VARCHAR(36) NULL;
