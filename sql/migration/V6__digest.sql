-- Weekly digests (contract sections 5, 7 and 10).
-- A rating is stored by its name, and BASICALLY_SATISFIED (基本满意) has 19 characters: widen the column, or the
-- second-best rating could never be saved (and 满意率 could never count it).
ALTER TABLE appeal MODIFY COLUMN satisfaction VARCHAR(24) NULL;

-- Appeals open at a week's end, and the overdue among them, are read from this index alone (no row look-ups): the
-- open statuses, then the group (a group's digest), then due_at (the overdue ones, earliest first), then what the
-- count needs. Without it a digest reads every open appeal's row, hundreds of milliseconds at a million appeals.
CREATE INDEX ix_appeal_open_digest ON appeal (status, group_code, due_at, created_at, department_code);

-- The week's resolutions (按时办结率, 解决率), and the appeals open at a week's end but resolved since, from the index
-- alone: without the extra columns, the digest of a week months back reads every row resolved since then.
DROP INDEX ix_appeal_resolved ON appeal;
CREATE INDEX ix_appeal_resolved ON appeal (resolved_at, status, group_code, due_at, created_at, department_code, reopened);
