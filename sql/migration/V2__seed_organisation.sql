-- The organisation of Xuanhua District, Zhangjiakou: the district departments a business appeal can reach,
-- the 21 township/street offices, and the market-entity exchange groups (市场主体交流群).
-- Chat ids, webhook keys and owners are bound later by the administrator (PUT /api/groups/{code}).

INSERT INTO department (code, name, short_name, aliases, kind, dispatcher, sort_order, created_at) VALUES
  ('approval',   '宣化区行政审批局',               '行政审批局', '审批局,政务服务中心,审批',          'DISTRICT', TRUE,  10, '2026-11-26 00:00:00'),
  ('drc',        '宣化区发展和改革局',             '发改局',     '发改,发展改革局,发改委',           'DISTRICT', FALSE, 20, '2026-11-26 00:00:00'),
  ('miit',       '宣化区工业和信息化局',           '工信局',     '工信,工业和信息化局',              'DISTRICT', FALSE, 30, '2026-11-26 00:00:00'),
  ('commerce',   '宣化区商务局',                   '商务局',     '商务',                             'DISTRICT', FALSE, 40, '2026-11-26 00:00:00'),
  ('housing',    '宣化区住房和城乡建设局',         '住建局',     '住建,住房和城乡建设局,建设局',     'DISTRICT', FALSE, 50, '2026-11-26 00:00:00'),
  ('samr',       '宣化区市场监督管理局',           '市场监管局', '市场监管,市监局,市场监督管理局',   'DISTRICT', FALSE, 60, '2026-11-26 00:00:00'),
  ('hrss',       '宣化区人力资源和社会保障局',     '人社局',     '人社,人力资源和社会保障局,人社部门', 'DISTRICT', FALSE, 70, '2026-11-26 00:00:00'),
  ('tax',        '国家税务总局张家口市宣化区税务局', '税务局',   '税务,税局',                        'DISTRICT', FALSE, 80, '2026-11-26 00:00:00'),
  ('finance',    '宣化区财政局',                   '财政局',     '财政',                             'DISTRICT', FALSE, 90, '2026-11-26 00:00:00'),
  ('land',       '张家口市自然资源和规划局宣化区分局', '自然资源和规划局', '自然资源,规划局,自然资源局,资规局', 'DISTRICT', FALSE, 100, '2026-11-26 00:00:00'),
  ('ecology',    '张家口市生态环境局宣化区分局',   '生态环境局', '生态环境,环保局,环保',             'DISTRICT', FALSE, 110, '2026-11-26 00:00:00'),
  ('urban',      '宣化区城市管理综合行政执法局',   '城市管理局', '城市管理,城管局,城管,综合执法局',  'DISTRICT', FALSE, 120, '2026-11-26 00:00:00'),
  ('emergency',  '宣化区应急管理局',               '应急管理局', '应急管理,应急局',                  'DISTRICT', FALSE, 130, '2026-11-26 00:00:00'),
  ('fire',       '宣化区消防救援大队',             '消防救援大队', '消防救援,消防大队,消防',         'DISTRICT', FALSE, 140, '2026-11-26 00:00:00'),
  ('transport',  '宣化区交通运输局',               '交通运输局', '交通运输,交通局',                  'DISTRICT', FALSE, 150, '2026-11-26 00:00:00'),
  ('science',    '宣化区科学技术局',               '科技局',     '科技,科学技术局',                  'DISTRICT', FALSE, 160, '2026-11-26 00:00:00'),
  ('justice',    '宣化区司法局',                   '司法局',     '司法',                             'DISTRICT', FALSE, 170, '2026-11-26 00:00:00'),
  ('police',     '张家口市公安局宣化分局',         '公安分局',   '公安,公安局,派出所',               'DISTRICT', FALSE, 180, '2026-11-26 00:00:00'),
  ('water',      '宣化区水务局',                   '水务局',     '水务,水利局',                      'DISTRICT', FALSE, 190, '2026-11-26 00:00:00'),
  ('agri',       '宣化区农业农村局',               '农业农村局', '农业农村,农业局',                  'DISTRICT', FALSE, 200, '2026-11-26 00:00:00'),
  ('healthsec',  '宣化区医疗保障局',               '医保局',     '医保,医疗保障局',                  'DISTRICT', FALSE, 210, '2026-11-26 00:00:00'),
  ('culture',    '宣化区文化广电和旅游局',         '文旅局',     '文旅,文广旅局,文化和旅游局',       'DISTRICT', FALSE, 220, '2026-11-26 00:00:00'),
  ('financial',  '宣化区地方金融服务中心',         '金融办',     '金融服务中心,金融局',              'DISTRICT', FALSE, 230, '2026-11-26 00:00:00'),
  ('power',      '国网张家口市宣化区供电公司',     '供电公司',   '供电,电力公司,供电局',             'UTILITY',  FALSE, 240, '2026-11-26 00:00:00');

-- The 21 township and street offices (7 街道, 10 镇, 4 乡), each a handling unit for its own area.
INSERT INTO department (code, name, short_name, aliases, kind, dispatcher, sort_order, created_at) VALUES
  ('office-tiantaisi',   '天泰寺街道办事处',   '天泰寺街道', '天泰寺',   'TOWNSHIP', FALSE, 1001, '2026-11-26 00:00:00'),
  ('office-huangcheng',  '皇城街道办事处',     '皇城街道',   '皇城',     'TOWNSHIP', FALSE, 1002, '2026-11-26 00:00:00'),
  ('office-nanguan',     '南关街道办事处',     '南关街道',   '南关',     'TOWNSHIP', FALSE, 1003, '2026-11-26 00:00:00'),
  ('office-nandajie',    '南大街街道办事处',   '南大街街道', '南大街',   'TOWNSHIP', FALSE, 1004, '2026-11-26 00:00:00'),
  ('office-dabeijie',    '大北街街道办事处',   '大北街街道', '大北街',   'TOWNSHIP', FALSE, 1005, '2026-11-26 00:00:00'),
  ('office-gongyejie',   '工业街街道办事处',   '工业街街道', '工业街',   'TOWNSHIP', FALSE, 1006, '2026-11-26 00:00:00'),
  ('office-jianguojie',  '建国街街道办事处',   '建国街街道', '建国街',   'TOWNSHIP', FALSE, 1007, '2026-11-26 00:00:00'),
  ('office-pangjiabao',  '庞家堡镇人民政府',   '庞家堡镇',   '庞家堡',   'TOWNSHIP', FALSE, 1008, '2026-11-26 00:00:00'),
  ('office-shenjing',    '深井镇人民政府',     '深井镇',     '深井',     'TOWNSHIP', FALSE, 1009, '2026-11-26 00:00:00'),
  ('office-guocun',      '崞村镇人民政府',     '崞村镇',     '崞村',     'TOWNSHIP', FALSE, 1010, '2026-11-26 00:00:00'),
  ('office-yanghenan',   '洋河南镇人民政府',   '洋河南镇',   '洋河南',   'TOWNSHIP', FALSE, 1011, '2026-11-26 00:00:00'),
  ('office-jiajiaying',  '贾家营镇人民政府',   '贾家营镇',   '贾家营',   'TOWNSHIP', FALSE, 1012, '2026-11-26 00:00:00'),
  ('office-gujiaying',   '顾家营镇人民政府',   '顾家营镇',   '顾家营',   'TOWNSHIP', FALSE, 1013, '2026-11-26 00:00:00'),
  ('office-zhaochuan',   '赵川镇人民政府',     '赵川镇',     '赵川',     'TOWNSHIP', FALSE, 1014, '2026-11-26 00:00:00'),
  ('office-jiangjiatun', '江家屯镇人民政府',   '江家屯镇',   '江家屯',   'TOWNSHIP', FALSE, 1015, '2026-11-26 00:00:00'),
  ('office-hezixi',      '河子西镇人民政府',   '河子西镇',   '河子西',   'TOWNSHIP', FALSE, 1016, '2026-11-26 00:00:00'),
  ('office-houjiamiao',  '侯家庙镇人民政府',   '侯家庙镇',   '侯家庙',   'TOWNSHIP', FALSE, 1017, '2026-11-26 00:00:00'),
  ('office-chunguang',   '春光乡人民政府',     '春光乡',     '春光',     'TOWNSHIP', FALSE, 1018, '2026-11-26 00:00:00'),
  ('office-lijiabao',    '李家堡乡人民政府',   '李家堡乡',   '李家堡',   'TOWNSHIP', FALSE, 1019, '2026-11-26 00:00:00'),
  ('office-wangjiawan',  '王家湾乡人民政府',   '王家湾乡',   '王家湾',   'TOWNSHIP', FALSE, 1020, '2026-11-26 00:00:00'),
  ('office-taercun',     '塔儿村乡人民政府',   '塔儿村乡',   '塔儿村',   'TOWNSHIP', FALSE, 1021, '2026-11-26 00:00:00');

-- The 21 township/street groups, each led by its own office.
INSERT INTO bot_group (code, name, kind, lead_department_code, sort_order, created_at, updated_at) VALUES
  ('tw-tiantaisi',   '天泰寺街道市场主体交流群', 'TOWNSHIP', 'office-tiantaisi',   101, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-huangcheng',  '皇城街道市场主体交流群',   'TOWNSHIP', 'office-huangcheng',  102, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-nanguan',     '南关街道市场主体交流群',   'TOWNSHIP', 'office-nanguan',     103, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-nandajie',    '南大街街道市场主体交流群', 'TOWNSHIP', 'office-nandajie',    104, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-dabeijie',    '大北街街道市场主体交流群', 'TOWNSHIP', 'office-dabeijie',    105, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-gongyejie',   '工业街街道市场主体交流群', 'TOWNSHIP', 'office-gongyejie',   106, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-jianguojie',  '建国街街道市场主体交流群', 'TOWNSHIP', 'office-jianguojie',  107, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-pangjiabao',  '庞家堡镇市场主体交流群',   'TOWNSHIP', 'office-pangjiabao',  108, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-shenjing',    '深井镇市场主体交流群',     'TOWNSHIP', 'office-shenjing',    109, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-guocun',      '崞村镇市场主体交流群',     'TOWNSHIP', 'office-guocun',      110, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-yanghenan',   '洋河南镇市场主体交流群',   'TOWNSHIP', 'office-yanghenan',   111, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-jiajiaying',  '贾家营镇市场主体交流群',   'TOWNSHIP', 'office-jiajiaying',  112, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-gujiaying',   '顾家营镇市场主体交流群',   'TOWNSHIP', 'office-gujiaying',   113, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-zhaochuan',   '赵川镇市场主体交流群',     'TOWNSHIP', 'office-zhaochuan',   114, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-jiangjiatun', '江家屯镇市场主体交流群',   'TOWNSHIP', 'office-jiangjiatun', 115, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-hezixi',      '河子西镇市场主体交流群',   'TOWNSHIP', 'office-hezixi',      116, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-houjiamiao',  '侯家庙镇市场主体交流群',   'TOWNSHIP', 'office-houjiamiao',  117, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-chunguang',   '春光乡市场主体交流群',     'TOWNSHIP', 'office-chunguang',   118, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-lijiabao',    '李家堡乡市场主体交流群',   'TOWNSHIP', 'office-lijiabao',    119, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-wangjiawan',  '王家湾乡市场主体交流群',   'TOWNSHIP', 'office-wangjiawan',  120, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('tw-taercun',     '塔儿村乡市场主体交流群',   'TOWNSHIP', 'office-taercun',     121, '2026-11-26 00:00:00', '2026-11-26 00:00:00');

-- The 8 industry groups with their lead departments; the last two may be renamed by the administrator.
INSERT INTO bot_group (code, name, kind, lead_department_code, sort_order, created_at, updated_at) VALUES
  ('ind-quality',      '优质企业交流群',             'INDUSTRY', 'drc',      1, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('ind-industry',     '规上工业企业交流群',         'INDUSTRY', 'miit',     2, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('ind-service',      '规上服务业企业交流群',       'INDUSTRY', 'drc',      3, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('ind-trade',        '限上商贸业企业交流群',       'INDUSTRY', 'commerce', 4, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('ind-construction', '建筑房开企业交流群',         'INDUSTRY', 'housing',  5, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('ind-startup',      '新办企业交流群',             'INDUSTRY', 'approval', 6, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('ind-micro',        '小微企业和个体工商户交流群', 'INDUSTRY', 'samr',     7, '2026-11-26 00:00:00', '2026-11-26 00:00:00'),
  ('ind-tech',         '科技型企业交流群',           'INDUSTRY', 'science',  8, '2026-11-26 00:00:00', '2026-11-26 00:00:00');

-- The coordination group where the executive deputy district head and the department heads sit.
INSERT INTO bot_group (code, name, kind, lead_department_code, sort_order, created_at, updated_at) VALUES
  ('coord', '宣化区市场主体诉求解决交流群', 'COORDINATION', 'approval', 0, '2026-11-26 00:00:00', '2026-11-26 00:00:00');
