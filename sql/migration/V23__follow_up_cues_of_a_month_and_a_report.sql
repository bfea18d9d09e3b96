-- More ways a writer refers back to what they raised (see docs/intake.md, "The conversation act"): the month
-- (上个月反映, 上月反映; 上周反映 and 上礼拜反映 were there) and what they reported (上次报的, 上回报的, 之前报的,
-- 上次报过的). Like every act.follow-up cue they count only for a writer who has an open appeal in the group.
-- IGNORE: an administrator may already have added one of them in the console.
INSERT IGNORE INTO intake_lexicon (lexicon, phrase, weight) VALUES
  ('act.follow-up', '上个月反映', 1), ('act.follow-up', '上月反映', 1), ('act.follow-up', '上次报的', 1),
  ('act.follow-up', '上回报的', 1), ('act.follow-up', '之前报的', 1), ('act.follow-up', '上次报过的', 1);
