-- Who is in each customer group, kept current from WeCom's change_external_chat events (groupchat/get), so the
-- console and the commands know the members of groups the app cannot see otherwise. Replaced whole on each refresh.
CREATE TABLE group_member (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  chat_id      VARCHAR(64)  NOT NULL,
  user_id      VARCHAR(64)  NOT NULL,
  member_type  INT          NOT NULL,
  joined_at    DATETIME(3)  NULL,
  updated_at   DATETIME(3)  NOT NULL,
  CONSTRAINT uk_group_member UNIQUE (chat_id, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
