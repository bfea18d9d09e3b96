-- Work queues that stay fast however long the inbox grows. The inbox keeps every message it was ever sent.
--
-- Workers claim waiting messages oldest first: (status, id) hands them over in that order, straight from the first
-- one waiting. The old (status, next_attempt_at) index could not give id order, so each claim walked the table from
-- its oldest handled message on. next_attempt_at rides along so that the due check needs no row look-up.
DROP INDEX ix_inbox_status_next ON inbox_message;
CREATE INDEX ix_inbox_queue ON inbox_message (status, id, next_attempt_at);

-- The callback stores every message in the inbox before it answers WeCom, so each index on inbox_message is paid
-- for on the callback's own path. Nothing reads by received_at (the console's inbox page orders by id, which grows
-- with it): drop the index so each callback writes one index fewer.
DROP INDEX ix_inbox_received ON inbox_message;

-- The outbox hands out only the head of each chat's queue (posts to one chat leave in order). (status, destination,
-- id) gives each chat's earliest waiting post in one probe, however many are queued behind it, and the claim steps
-- from chat to chat. It replaces the two indexes the earlier claim used, with which a claim stepped through the whole
-- backlog.
DROP INDEX ix_outbox_status_next ON outbox_message;
DROP INDEX ix_outbox_destination ON outbox_message;
CREATE INDEX ix_outbox_queue ON outbox_message (status, destination, id);
