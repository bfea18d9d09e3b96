-- Two corrections to the routing seed, found on the training writers' held-out misses (LeaveWritersOutTest); the
-- blind sets were not read. See docs/intake.md, "The responsibility catalogue".
--
-- 1. The seeded rule "arrears in 建筑房开企业交流群 → the group's lead, 住建局" (V4) came before the catalogue, which
--    now tells the debtor apart: a developer or main contractor → 住建局 (construction-payment-arrears), a government
--    body, school, hospital or state firm → 工信局 清欠 (gov-arrears), a private customer → 司法局 (private-arrears).
--    A rule written for one group overrides the catalogue, so a town government's unpaid road works, a district
--    hospital's unpaid equipment and a school's building works all went to 住建局. The seed row goes; arrears in
--    that group are placed by the debtor like everywhere else. A rule an administrator added since stays.
DELETE FROM routing_rule WHERE category_code = 'arrears' AND group_code = 'ind-construction' AND note = '建筑房开群的工程款: 住建局';

-- 2. 转供电加价 (a landlord, mall or industrial park reselling grid power at a markup) is a price matter for 发改局,
--    not theft of power: it moves from power-theft to a matter of its own. Only an unedited power-theft row changes.
UPDATE responsibility_matter SET terms = '偷电:7, 窃电:8, 私拉乱接电:8, 私接电线:7, 违章用电:8, 违约用电:8, 用电检查:7, 私拉电线:7', note = '违约用电与窃电查处归供电公司；转供电加价归发改局（power-resale-markup）' WHERE code = 'power-theft' AND terms = '偷电:7, 窃电:8, 私拉乱接电:8, 私接电线:7, 违章用电:8, 违约用电:8, 用电检查:7, 私拉电线:7, 转供电:6, 转供电加价:8';

INSERT IGNORE INTO responsibility_matter (code, name, category_code, owner_code, outside_township_code, terms, needs, unless_words, note, sort_order) VALUES
  ('power-resale-markup', '转供电环节加价（物业、商场、园区转售电力）', 'policy', 'drc', NULL, '转供电:6, 转供电加价:8, 转供电价:7, 电费加价:7, 度电加价:6, 加价收电费:7, 物业收电费:5, 商业电价:3, 电价差价:6', NULL, NULL, '转供电主体在电网电价外加价属价格违法，由发改局（价格主管）清理规范，市场监管局查处；停电、电费计收归供电公司', 255);
