-- 诉求助手 schema. The same script runs on MySQL 8 / MariaDB 10.11 and on H2 in MySQL mode, so it keeps to
-- the common subset: separate CREATE INDEX statements, no vendor functions, no triggers.
-- Date-times are DATETIME(3) in the bot's time zone (bot.timezone, Asia/Shanghai: no daylight saving, so a
-- local time is unambiguous and the SQL reads the way the district reads its calendar).

-- Handling units: district departments, township/street offices and the public utilities appeals reach.
CREATE TABLE department (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code          VARCHAR(32)  NOT NULL,
  name          VARCHAR(64)  NOT NULL,
  short_name    VARCHAR(32)  NOT NULL,
  aliases       VARCHAR(255) NULL,
  kind          VARCHAR(16)  NOT NULL,
  dispatcher    BOOLEAN      NOT NULL DEFAULT FALSE,
  sort_order    INT          NOT NULL DEFAULT 0,
  created_at    DATETIME(3)  NOT NULL,
  CONSTRAINT uk_department_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The WeCom groups the bot serves. webhook_key is a credential: the API only says whether it is set.
CREATE TABLE bot_group (
  id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code                  VARCHAR(32)  NOT NULL,
  name                  VARCHAR(64)  NOT NULL,
  kind                  VARCHAR(16)  NOT NULL,
  chat_id               VARCHAR(64)  NULL,
  webhook_key           VARCHAR(128) NULL,
  binding               VARCHAR(16)  NOT NULL DEFAULT 'WEBHOOK',
  owner_user_id         VARCHAR(64)  NULL,
  lead_department_code  VARCHAR(32)  NULL,
  sort_order            INT          NOT NULL DEFAULT 0,
  created_at            DATETIME(3)  NOT NULL,
  updated_at            DATETIME(3)  NOT NULL,
  CONSTRAINT uk_bot_group_code UNIQUE (code),
  CONSTRAINT uk_bot_group_chat UNIQUE (chat_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_bot_group_kind ON bot_group (kind);

-- Department staff known by their WeCom userid.
CREATE TABLE staff (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id          VARCHAR(64)  NOT NULL,
  name             VARCHAR(64)  NOT NULL,
  department_code  VARCHAR(32)  NOT NULL,
  role             VARCHAR(16)  NOT NULL,
  active           BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at       DATETIME(3)  NOT NULL,
  CONSTRAINT uk_staff_user UNIQUE (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_staff_department ON staff (department_code, role);

-- Appeal categories, their keyword dictionaries (weighted) and their time limits in working days.
CREATE TABLE category (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code               VARCHAR(32)  NOT NULL,
  name               VARCHAR(32)  NOT NULL,
  time_limit_days    INT          NOT NULL DEFAULT 5,
  sort_order         INT          NOT NULL DEFAULT 0,
  CONSTRAINT uk_category_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE category_keyword (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  category_code  VARCHAR(32)  NOT NULL,
  keyword        VARCHAR(32)  NOT NULL,
  weight         INT          NOT NULL DEFAULT 1,
  CONSTRAINT uk_category_keyword UNIQUE (category_code, keyword)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Routing: category (and optionally the group or the kind of group) to a department. A rule may send the
-- appeal to the group's own lead unit (use_group_lead), e.g. a township group's street office.
-- The most specific matching rule wins, then the lowest priority number.
CREATE TABLE routing_rule (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  category_code    VARCHAR(32)  NOT NULL,
  group_code       VARCHAR(32)  NULL,
  group_kind       VARCHAR(16)  NULL,
  department_code  VARCHAR(32)  NULL,
  use_group_lead   BOOLEAN      NOT NULL DEFAULT FALSE,
  priority         INT          NOT NULL DEFAULT 100,
  note             VARCHAR(128) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_routing_rule_category ON routing_rule (category_code);

-- The official working-day calendar: only exceptions to Monday-Friday are stored.
-- day_type OFF = a statutory day off, WORK = a weekend day that is a working day (调休).
CREATE TABLE calendar_day (
  calendar_date  DATE     NOT NULL PRIMARY KEY,
  day_type   VARCHAR(8)   NOT NULL,
  festival   VARCHAR(16)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The years whose official arrangement has been entered; other years are computed provisionally.
CREATE TABLE calendar_year (
  year_number  INT          NOT NULL PRIMARY KEY,
  source       VARCHAR(128) NOT NULL,
  imported_at  DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Appeals. original_text is kept for the handling department only; everything shown to a group is masked_text.
CREATE TABLE appeal (
  id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  number               VARCHAR(32)  NOT NULL,
  status               VARCHAR(16)  NOT NULL,
  group_code           VARCHAR(32)  NOT NULL,
  requester_user_id    VARCHAR(64)  NOT NULL,
  requester_name       VARCHAR(64)  NULL,
  original_text        TEXT         NOT NULL,
  masked_text          TEXT         NOT NULL,
  category_code        VARCHAR(32)  NOT NULL,
  department_code      VARCHAR(32)  NOT NULL,
  handler_user_id      VARCHAR(64)  NULL,
  created_at           DATETIME(3)  NOT NULL,
  requested_deadline   DATETIME(3)  NULL,
  due_at               DATETIME(3)  NOT NULL,
  urgent               BOOLEAN      NOT NULL DEFAULT FALSE,
  accepted_at          DATETIME(3)  NULL,
  resolved_at          DATETIME(3)  NULL,
  closed_at            DATETIME(3)  NULL,
  satisfaction         VARCHAR(16)  NULL,
  rated_at             DATETIME(3)  NULL,
  reopened             BOOLEAN      NOT NULL DEFAULT FALSE,
  overdue              BOOLEAN      NOT NULL DEFAULT FALSE,
  extension_days       INT          NULL,
  source_message_id    VARCHAR(128) NULL,
  version              INT          NOT NULL DEFAULT 0,
  updated_at           DATETIME(3)  NOT NULL,
  CONSTRAINT uk_appeal_number UNIQUE (number),
  CONSTRAINT uk_appeal_source UNIQUE (source_message_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_appeal_group_created ON appeal (group_code, created_at);
CREATE INDEX ix_appeal_department_status ON appeal (department_code, status, due_at);
CREATE INDEX ix_appeal_status_due ON appeal (status, due_at);
CREATE INDEX ix_appeal_created ON appeal (created_at);
CREATE INDEX ix_appeal_accepted ON appeal (accepted_at);
CREATE INDEX ix_appeal_resolved ON appeal (resolved_at);
CREATE INDEX ix_appeal_rated ON appeal (rated_at);
CREATE INDEX ix_appeal_requester ON appeal (requester_user_id);

-- Numbers are {prefix}{yyyyMMdd}-{sequence of that day}; one row per day holds the last sequence used.
CREATE TABLE appeal_day_sequence (
  seq_date    DATE  NOT NULL PRIMARY KEY,
  last_value  INT   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The timeline of an appeal: who did what when, with a note.
CREATE TABLE appeal_event (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  appeal_id   BIGINT       NOT NULL,
  at          DATETIME(3)  NOT NULL,
  type        VARCHAR(24)  NOT NULL,
  actor       VARCHAR(64)  NOT NULL,
  note        TEXT         NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_appeal_event_appeal ON appeal_event (appeal_id, at);
CREATE INDEX ix_appeal_event_type_at ON appeal_event (type, at);

-- Every inbound message, stored before WeCom hears 200; message_id is "{channel}:{WeCom's id}" and unique, so a
-- retry is a no-op. status PENDING/PROCESSING/DONE/UNKNOWN_GROUP/FAILED; while PROCESSING, next_attempt_at is
-- the end of the worker's lease, after which another worker may take the message over.
CREATE TABLE inbox_message (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  message_id       VARCHAR(128)  NOT NULL,
  channel          VARCHAR(16)   NOT NULL,
  chat_id          VARCHAR(64)   NULL,
  chat_type        VARCHAR(16)   NULL,
  sender_user_id   VARCHAR(64)   NOT NULL,
  content          TEXT          NOT NULL,
  response_url     VARCHAR(1024) NULL,
  sent_at          DATETIME(3)   NOT NULL,
  received_at      DATETIME(3)   NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  attempts         INT           NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(3)   NOT NULL,
  processed_at     DATETIME(3)   NULL,
  outcome          VARCHAR(255)  NULL,
  CONSTRAINT uk_inbox_message UNIQUE (message_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_inbox_status_next ON inbox_message (status, next_attempt_at);
CREATE INDEX ix_inbox_received ON inbox_message (received_at);
CREATE INDEX ix_inbox_sender ON inbox_message (sender_user_id, status);

-- Everything the bot sends, written in the same transaction as the change it reports.
-- idempotency_key makes a second write of the same notice a no-op; status PENDING/SENDING/SENT/PARKED.
-- recipient_kind GROUP/USER/REPLY with target = group code, userid or response_url; group_code is the group a
-- reply falls back to when its response_url can no longer be used. destination names the chat a message appears in
-- (group:CODE or user:USERID): messages to one destination are sent in the order they were queued.
CREATE TABLE outbox_message (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  idempotency_key  VARCHAR(160)  NOT NULL,
  recipient_kind   VARCHAR(16)   NOT NULL,
  target           VARCHAR(1024) NOT NULL,
  destination      VARCHAR(160)  NOT NULL,
  group_code       VARCHAR(32)   NULL,
  mentions         VARCHAR(1024) NULL,
  msg_type         VARCHAR(16)   NOT NULL,
  content          MEDIUMTEXT    NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  attempts         INT           NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(3)   NOT NULL,
  created_at       DATETIME(3)   NOT NULL,
  sent_at          DATETIME(3)   NULL,
  last_error       VARCHAR(512)  NULL,
  appeal_number    VARCHAR(32)   NULL,
  CONSTRAINT uk_outbox_key UNIQUE (idempotency_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_outbox_status_next ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_created ON outbox_message (created_at);
CREATE INDEX ix_outbox_destination ON outbox_message (destination, status);

-- How far the chat archive (会话内容存档) has been read: the last seq stored in the inbox, so a restart neither
-- skips nor repeats messages.
CREATE TABLE archive_cursor (
  source       VARCHAR(32)  NOT NULL PRIMARY KEY,
  last_seq     BIGINT       NOT NULL,
  updated_at   DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
