-- V4 seeded one routing rule for a single group: arrears (拖欠账款) in 建筑房开企业交流群 went to 住建局, above the
-- catalogue and the learned model (a rule written for the message's own group is local policy; docs/intake.md,
-- "Responsibility catalogue and routing"). No district wrote it; it was a guess, and measured against the blind
-- writers it was wrong more often than right: over every blind set it decided 24 appeals and 5 were the writer's unit
-- (a school's, a district project's or the finance review's arrears, which they give to 工信局's 清欠, 人社局 or
-- 财政局). Without it the catalogue and the model tell a public debtor from a developer or contractor: 15 units more
-- right over the blind sets, appeal-or-not unchanged on every set once the judge of a new matter keeps its thresholds
-- on a plateau (2026-11-29). Only the seeded row goes, known by its note: a rule an administrator wrote on /rules stays.
DELETE FROM routing_rule WHERE category_code = 'arrears' AND group_code = 'ind-construction'
  AND note = '建筑房开群的工程款: 住建局';
