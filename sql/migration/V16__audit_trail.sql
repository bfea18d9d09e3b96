-- The audit trail (docs/api.md "Audit trail"): one row per change made through the console or the API, written in
-- the transaction of the change. `detail` says what changed (field: before → after); secrets (webhook keys,
-- passwords) appear only as 已更改, never their values. The common subset of MariaDB/MySQL and H2 (MySQL mode):
-- separate CREATE INDEX statements, no vendor functions.
CREATE TABLE audit_entry (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at          DATETIME(3)   NOT NULL,
  actor       VARCHAR(64)   NOT NULL,
  action      VARCHAR(64)   NOT NULL,
  target      VARCHAR(255)  NOT NULL,
  detail      TEXT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- Newest first: by id, which grows with time (the page reads ORDER BY id DESC).
CREATE INDEX ix_audit_entry_at ON audit_entry (at);
