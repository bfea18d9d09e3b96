-- Marks in Redis that belong to one deployment.
--
-- A deployment's identity: one row, made with the schema. Every key the bot writes to Redis is prefixed with it
-- (after bot.shared-state-namespace), so two deployments sharing one Redis (staging beside production) never see
-- each other's locks, rate counters or marks, even when both keep the default namespace.
CREATE TABLE installation (
  id          VARCHAR(36)  NOT NULL PRIMARY KEY,
  created_at  DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO installation (id, created_at) VALUES (UUID(), CURRENT_TIMESTAMP(3));

-- Each post's own identity, a random id given when it is queued. The "sent" mark that keeps a post from going out
-- twice (an instance that dies between WeCom's answer and the SENT update) is keyed by it. Keyed by the post's
-- idempotency key, which is made of the appeal number, a second deployment, or this database restored from a
-- backup, numbers its appeals again from the same values, and its posts were taken for sent and never sent.
ALTER TABLE outbox_message ADD COLUMN delivery_id VARCHAR(36) NULL;
UPDATE outbox_message SET delivery_id = UUID();
