-- 责令 was a cue of a government reply (veto.gov-reply, NOTICE): "已责令商户整改" is one. But a business owner
-- passing on the order they received writes it bare, and asks for help with it: "环保检查说我们除尘不达标，责令8月31日
-- 前整改完，可设备最快9月中到货，能不能申请延期". Only the order given (已责令, 已经责令) tells of a reply; the bare word
-- now counts for nothing (docs/intake.md, "The conversation act"). IGNORE: an administrator may already have added them.
DELETE FROM intake_lexicon WHERE lexicon = 'veto.gov-reply' AND phrase = '责令';
INSERT IGNORE INTO intake_lexicon (lexicon, phrase, weight) VALUES
  ('veto.gov-reply', '已责令', 1), ('veto.gov-reply', '已经责令', 1);
