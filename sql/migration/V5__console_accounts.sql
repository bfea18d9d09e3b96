-- Accounts of the admin console. The built-in 'admin' is created at start-up from bot.admin.password
-- (or a generated password in the embedded default); department staff get accounts linked to their
-- WeCom userid. Only BCrypt hashes are stored.
CREATE TABLE console_account (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username        VARCHAR(64)   NOT NULL,
  password_hash   VARCHAR(100)  NOT NULL,
  role            VARCHAR(16)   NOT NULL,
  staff_user_id   VARCHAR(64)   NULL,
  enabled         BOOLEAN       NOT NULL DEFAULT TRUE,
  created_at      DATETIME(3)   NOT NULL,
  updated_at      DATETIME(3)   NOT NULL,
  CONSTRAINT uk_console_account_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
