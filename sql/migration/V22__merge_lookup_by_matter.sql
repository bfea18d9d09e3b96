-- 并单's look-up for a business's own matter (docs/intake.md, "并单") compares a new appeal only with the writer's
-- open appeals and those of a matter many businesses share (an outage, a blocked drain). Found through
-- ix_appeal_merge alone, that meant reading every open appeal of the group and category in the window and
-- filtering each: in a burst of thousands of appeals, thousands of rows per new appeal. The writer's own are found
-- by requester (ix_appeal_requester, ix_appeal_requester_user); the shared matters' through this index, one short
-- range per matter.
CREATE INDEX ix_appeal_merge_matter ON appeal (group_code, category_code, matter_code, status, created_at);
