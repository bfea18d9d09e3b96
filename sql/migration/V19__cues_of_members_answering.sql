-- Cue phrases against an appeal, for what members tell each other (see docs/intake.md, "Appeal or not"): advice
-- to the one who asked (可以问问, 你去问问, 你试试, 你查一下, 你再看看, 建议先) and where help is found (有人值班,
-- 坐班), and relief once a matter is settled (虚惊一场, 松口气, 能接受, 踏实了). Found on the training writers'
-- answers that intake took for appeals; the evaluation sets were not read.
-- IGNORE: an administrator may already have added one of them in the console.
INSERT IGNORE INTO intake_lexicon (lexicon, phrase, weight) VALUES
  ('noise.reply', '可以问问', 4), ('noise.reply', '你去问问', 4), ('noise.reply', '你再去问问', 4),
  ('noise.reply', '你试试', 4), ('noise.reply', '你查一下', 4), ('noise.reply', '你查查', 4),
  ('noise.reply', '你再看看', 4), ('noise.reply', '你看下', 3), ('noise.reply', '建议先', 3),
  ('noise.reply', '有人值班', 4), ('noise.reply', '坐班', 3),
  ('noise.thanks', '虚惊一场', 6), ('noise.thanks', '松口气', 5), ('noise.thanks', '能接受', 5),
  ('noise.thanks', '踏实了', 5);
