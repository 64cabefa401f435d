/**
 * The word and pattern rules of the draft check (domain/draft-check.ts), kept as data so the
 * office's wording can be tuned without touching the logic. Patterns are regular-expression
 * sources matched against the plain text (NFKC); bench/draft-check.ts measures each against
 * hand-labelled drafts, so a change here is re-measured there.
 */

/** The published rejection grounds the check can recognise from the text (DEFAULT_REJECT_REASONS). */
export const EXCLUSION_GROUNDS = ['promotion', 'private', 'litigation', 'partyPersonnel'] as const;
export type ExclusionGround = (typeof EXCLUSION_GROUNDS)[number];

export interface ExclusionRule {
  ground: ExclusionGround;
  /** What the member reads: the ground as the committee's rules put it. */
  label: string;
  patterns: readonly string[];
}

export const EXCLUSION_RULES: readonly ExclusionRule[] = [
  {
    ground: 'promotion',
    label: '宣传、推介具体产品或企业',
    patterns: [
      '(我|本)(公司|企业|厂|集团)(生产|研发|自主研发|推出|的)',
      '(品牌|牌)的?(产品|设备|系统|净水器|材料|软件)',
      '(有限公司|股份公司|科技公司|集团)(生产|研发|出品|推出)的',
      '(指定|统一)(采购|使用).{0,8}(品牌|厂家|公司)',
      '优先(采购|选用|使用).{0,12}(公司|品牌|企业)的',
      '(行业领先|性价比高|质量过硬|口碑很好)的?.{0,6}(产品|设备|品牌)',
      '(推广|推荐)(使用|采购).{0,12}(公司|品牌)',
    ],
  },
  {
    ground: 'private',
    label: '个人或少数人的私事',
    patterns: [
      '(我|本人)(的)?(家|家里|父亲|母亲|儿子|女儿|妻子|丈夫|爱人|亲属|亲戚|房子|房屋|宅基地|职称|工资|工龄|退休金|户口|孩子)',
      '我家',
      '(为|给|帮)本人',
      '本人(承包|申请|所在单位|多次反映|的诉求)',
      '(解决|落实)(我|本人)的',
    ],
  },
  {
    ground: 'litigation',
    label: '民事、刑事、行政诉讼或仲裁中的案件',
    patterns: [
      '(正在|已经|已|尚在|目前在)(起诉|诉讼|审理|仲裁|上诉|申请再审|立案审查)',
      '(向|到)(区|市|县)?(人民)?(法院|仲裁委|仲裁委员会|劳动人事争议仲裁委员会)(起诉|提起|申请仲裁|申诉)',
      '(法院|仲裁委)(已|已经)(受理|立案|开庭)',
      '(本案|该案|此案|这起案件|这个案子)',
      '(一审|二审|再审|终审)(判决|裁定|中|阶段)',
      '(诉讼|仲裁|审理)(中|期间|阶段|尚未结束)',
      '(原告|被告)(方|一方)?',
    ],
  },
  {
    ground: 'partyPersonnel',
    label: '党派团体内部事务及人事安排',
    patterns: [
      '(干部|领导班子|班子成员|领导职务)的?(任免|调整|人选|提拔|配备)',
      '(提拔|任用|任命|免去|调离).{0,10}(同志|书记|局长|主任|镇长|区长)',
      '(党委|党组|党支部|党内|民主党派|支部)内部(事务|人事|分工|矛盾)',
      '换届(人选|提名|名单)',
      '(组织部|党委|党组).{0,8}(人事安排|干部调整|人选)',
      '(主委|副主委|支部主任).{0,6}(人选|任命|调整)',
    ],
  },
];

/**
 * Policy areas a proposal's matter falls into, with the words that name them. One proposal on
 * two areas that are not related (below) is the sign of 一案多事; the lists need only the words
 * that place a sentence in an area, not every word of it.
 */
export const TOPIC_AREAS: Readonly<Record<string, readonly string[]>> = {
  教育: [
    '学校',
    '学生',
    '教师',
    '课后',
    '校园',
    '教育',
    '幼儿园',
    '托育',
    '中小学',
    '学位',
    '课堂',
    '校车',
    '家长',
  ],
  医疗卫生: [
    '医院',
    '医疗',
    '就医',
    '医保',
    '卫生院',
    '医生',
    '患者',
    '诊疗',
    '药品',
    '门诊',
    '疾病',
    '家庭医生',
    '护士',
  ],
  养老: ['养老', '老年', '老人', '长者', '助餐', '适老化', '失能', '护理院', '居家养老', '老龄'],
  交通出行: [
    '交通',
    '停车',
    '公交',
    '道路',
    '拥堵',
    '地铁',
    '车位',
    '电动自行车',
    '电瓶车',
    '红绿灯',
    '通勤',
    '出租车',
    '充电桩',
  ],
  生态环境: [
    '污染',
    '河道',
    '垃圾',
    '生态',
    '环保',
    '排污',
    '黑臭',
    '噪声',
    '扬尘',
    '绿化',
    '水质',
    '秸秆',
    '碳排放',
  ],
  住房城建: [
    '住房',
    '小区',
    '物业',
    '电梯',
    '老旧小区',
    '改造',
    '租房',
    '保障房',
    '房屋',
    '管网',
    '燃气',
    '拆迁',
    '楼道',
  ],
  就业社保: [
    '就业',
    '社保',
    '工资',
    '用工',
    '招聘',
    '灵活就业',
    '劳动者',
    '技能培训',
    '失业',
    '养老保险',
    '欠薪',
    '外卖骑手',
  ],
  农业农村: [
    '农村',
    '农民',
    '农业',
    '乡村',
    '种植',
    '耕地',
    '村集体',
    '合作社',
    '农产品',
    '村民',
    '粮食',
    '养殖',
  ],
  文化旅游: ['文化', '旅游', '景区', '文物', '非遗', '图书馆', '博物馆', '演出', '游客', '古建筑', '阅读'],
  食品安全: ['食品', '餐饮', '食堂', '外卖', '菜市场', '农贸市场', '食材'],
  营商经济: [
    '小微企业',
    '营商',
    '融资',
    '中小企业',
    '民营',
    '招商',
    '产业',
    '市场主体',
    '审批',
    '商户',
    '税费',
  ],
  基层治理: ['社区', '网格', '基层', '居委会', '村委会', '志愿者', '邻里', '议事'],
  安全应急: ['消防', '应急', '安全隐患', '防汛', '火灾', '事故', '救援', '避难'],
  数字政务: ['数字化', '政务服务', '一网通办', '数据共享', '信息系统', '智慧', '平台'],
};

/**
 * Areas that belong together in one matter (助餐 in a 养老 proposal often names 社区; 校车 is
 * 教育 and 交通 at once): a proposal over a related pair is still one matter.
 */
export const RELATED_AREAS: readonly (readonly [string, string])[] = [
  ['医疗卫生', '养老'],
  ['养老', '基层治理'],
  ['住房城建', '基层治理'],
  ['教育', '交通出行'],
  ['教育', '食品安全'],
  ['教育', '安全应急'],
  ['交通出行', '安全应急'],
  ['住房城建', '安全应急'],
  ['住房城建', '养老'],
  ['住房城建', '交通出行'],
  ['农业农村', '文化旅游'],
  ['农业农村', '生态环境'],
  ['农业农村', '营商经济'],
  ['营商经济', '数字政务'],
  ['营商经济', '就业社保'],
  ['就业社保', '养老'],
  ['生态环境', '住房城建'],
  ['生态环境', '交通出行'],
  ['文化旅游', '营商经济'],
  ['基层治理', '数字政务'],
  ['基层治理', '安全应急'],
  ['医疗卫生', '数字政务'],
];

/**
 * Signs that a suggestion says what to do: a measure with an object (建立…机制, 增设…),
 * an amount or a number, a named responsible body or a deadline.
 */
export const CONCRETE_PATTERNS: readonly string[] = [
  '(建立|设立|增设|新增|新建|补建|改建|扩建|配备|配置|出台|制定|修订|开通|设置|安装|施划|划定|开设|组建|编制|发布|排查|公示|通报|办理|责令|拆除|垫付|恢复)',
  '(试点|纳入|补贴|奖补|专项资金|财政资金|清单|台账|联席会议|考核|标准|目录|免费|减免)',
  '[0-9０-９]+|[一二三四五六七八九十百千万两]+(个|名|所|处|家|万元|元|年|月|天|小时|分钟|平方米|公里|张|辆|条|项|人)',
  '(由|请)(区|市|县)?[^，。,、;；]{1,8}(局|委|办|法院|中心|街道|镇)',
];

/** Slogans that read like a suggestion but name no measure. */
export const VAGUE_PATTERNS: readonly string[] = [
  '(加强|强化|重视|高度重视|进一步|切实|大力|积极|不断|努力|持续)',
  '(提高认识|加大.{0,4}力度|营造.{0,6}氛围|形成合力|多措并举|常抓不懈|引起重视|统筹兼顾|齐抓共管)',
];

/** Markers that start one suggestion of a list: 一是, （一）, 1., 第一. */
export const ITEM_MARKER =
  '(?<=^|\\n|[。；;])\\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．]|第[一二三四五六七八九十]+[,，、]?|[一二三四五六七八九十]+[、.．])';

/** The least plain characters a part needs to say something (below it the part is thin). */
export const PART_MIN_CHARS = { situation: 30, analysis: 30, recommendation: 35 } as const;
/** A whole proposal below this many characters is too short to act on. */
export const MIN_TOTAL_CHARS = 150;
