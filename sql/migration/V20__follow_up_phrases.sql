-- More ways a writer with an open appeal adds to it (see docs/intake.md, "The conversation act"): 补一句 ("补一句 欠款的
-- 是街道办…"), 再补一句, and 报过了 ("对面KTV今晚又唱到现在 报过了也没用"). Like every act.follow-up cue they count only
-- for a writer who has an open appeal in the group. Found on the training writers' held-out false appeals (writers J,
-- K); the evaluation sets were not read.
-- IGNORE: an administrator may already have added one of them in the console.
INSERT IGNORE INTO intake_lexicon (lexicon, phrase, weight) VALUES
  ('act.follow-up', '补一句', 1), ('act.follow-up', '再补一句', 1), ('act.follow-up', '报过了', 1);
