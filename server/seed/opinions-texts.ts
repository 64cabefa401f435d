/**
 * The texts of the demo district's 社情民意 reports: combinable templates (a matter, a place, a
 * way of titling it), chosen by the report's index, so 400 reports read like a county's year
 * without two alike and without a random stream.
 */

/** One matter a report is about: the problem, why it arises, what to do (情况 / 分析 / 建议). */
interface Matter {
  /** Short name for titles: 〔place〕+ problem. */
  problem: string;
  /** The subject for 关于…的建议 titles. */
  subject: string;
  situation: string;
  analysis: string;
  recommendation: string;
}

// biome-ignore format: one matter a line reads like the editors' index
const MATTERS: Matter[] = [
  { problem: '农村留守老人助餐服务覆盖不足', subject: '农村老年助餐服务', situation: '辖区村级老年食堂多数只在工作日中午供餐，部分行政村尚未建成助餐点，高龄独居老人吃饭难的问题较为突出。', analysis: '助餐点运营主要依靠村集体补贴，资金来源单一，缺少专业运营主体，志愿者队伍不稳定。', recommendation: '建议将农村助餐点建设纳入民生实事，按服务人次给予运营补贴，引导社会组织连片运营，并探索“中心厨房+配送”模式。' },
  { problem: '学校周边上下学时段交通拥堵', subject: '校园周边交通秩序', situation: '上下学高峰时段，学校门口接送车辆临时停靠、占道等候，道路通行不畅，学生过马路存在安全隐患。', analysis: '学校周边缺少临时停靠点，护学岗警力有限，家长错峰接送意识不强。', recommendation: '建议在学校周边设置限时停靠区和学生安全通道，推行错峰放学，组织家长志愿者参与护学。' },
  { problem: '老旧小区加装电梯推进缓慢', subject: '老旧小区加装电梯', situation: '多数老旧小区有加装电梯意愿，但因低层住户意见不一、费用分摊难以协商一致，实际开工的比例较低。', analysis: '费用分摊缺少指导标准，审批涉及部门多，管线迁改费用高，居民协商缺少专业调解力量。', recommendation: '建议出台加装电梯费用分摊指导意见，推行联合审批“一窗受理”，由街道社区组织专业力量参与协商。' },
  { problem: '社区卫生服务中心专科医生短缺', subject: '基层医疗服务能力', situation: '社区卫生服务中心以全科医生为主，儿科、康复等专科力量薄弱，居民常见病也往往到区级医院排队就诊。', analysis: '基层待遇和职业发展空间有限，人才引不进、留不住，上级医院下沉帮扶缺少长效机制。', recommendation: '建议完善医共体内人员柔性流动机制，区级医院专科医生定期到社区坐诊，并在职称评定上向基层倾斜。' },
  { problem: '农贸市场环境脏乱', subject: '农贸市场提档升级', situation: '部分农贸市场地面积水、排水不畅，摊位外溢占道经营，活禽与熟食区域分隔不到位，群众反映较多。', analysis: '市场建成年代早，设施老化，经营主体投入意愿不足，日常管理责任落实不到位。', recommendation: '建议制定农贸市场改造提升计划，对改造达标的市场给予以奖代补，落实市场开办方主体责任和常态化巡查。' },
  { problem: '电动自行车充电难和飞线充电', subject: '电动自行车安全充电', situation: '不少小区充电桩数量不足，居民从楼上拉线充电、将电瓶带回家中充电的现象时有发生，存在较大火灾隐患。', analysis: '充电设施建设缺少统一规划，物业企业建设积极性不高，部分小区场地有限。', recommendation: '建议将电动自行车充电设施纳入小区改造内容，引入第三方企业建设运营，对飞线充电开展专项整治。' },
  { problem: '城乡公交班次少、末班车早', subject: '城乡公交服务', situation: '部分镇村公交线路日均班次不足四班，末班车时间早，学生和务工人员出行不便。', analysis: '客流分散导致线路运营亏损，财政补贴机制与服务质量挂钩不够。', recommendation: '建议优化城乡公交线网，推行预约响应式公交，按服务里程和满意度核定运营补贴。' },
  { problem: '背街小巷路灯损坏无人修', subject: '背街小巷环境整治', situation: '一些背街小巷路灯长期损坏，路面坑洼，夜间出行存在安全隐患，居民多次反映未得到解决。', analysis: '背街小巷管护主体不明确，街道、社区与城管部门职责交叉，维修经费缺少保障。', recommendation: '建议梳理背街小巷管护清单，明确责任主体，建立“随报随修”机制并纳入网格化管理。' },
  { problem: '农田灌溉水渠年久失修', subject: '农田水利设施管护', situation: '部分村组灌溉水渠渗漏、淤塞严重，春灌时节下游农田取水困难，影响粮食生产。', analysis: '小型水利设施建后管护经费不足，村集体无力承担维修，管护责任落实不到位。', recommendation: '建议设立小型水利工程维修养护专项资金，推行“以奖代补”，由村级组织负责日常管护。' },
  { problem: '中小学课后服务内容单一', subject: '中小学课后服务', situation: '部分学校课后服务以作业辅导和看管为主，兴趣类课程较少，家长满意度不高。', analysis: '学校师资紧张，校外优质资源引入渠道不畅，服务经费保障不足。', recommendation: '建议建立课后服务资源库，引入文化、体育、科技等社会资源进校园，完善课后服务经费保障和教师补助办法。' },
  { problem: '餐饮油烟扰民投诉集中', subject: '餐饮油烟治理', situation: '临街餐饮店油烟直排、净化设施不正常运行，周边居民开窗难，投诉反复出现。', analysis: '小餐饮准入时对油烟治理要求把关不严，净化设施运行缺少在线监管。', recommendation: '建议对临街餐饮实施油烟净化设施在线监控，新开餐饮店严格落实选址要求，并开展联合执法。' },
  { problem: '小区停车位紧张、停车难', subject: '居民停车难', situation: '老旧小区规划车位严重不足，夜间车辆占用消防通道和人行道，邻里矛盾时有发生。', analysis: '停车供需缺口大，周边机关单位停车资源没有错时开放，新增停车设施用地紧张。', recommendation: '建议推动机关事业单位停车场夜间向居民错时开放，利用边角地建设立体停车设施，规范路内临时停车泊位。' },
  { problem: '河道水质反弹', subject: '河道水环境治理', situation: '部分河段经过整治后水质一度好转，但汛期后又出现黑臭现象，沿岸居民意见较大。', analysis: '雨污分流不彻底，沿河排口管控不到位，河道日常保洁和长效管护机制不健全。', recommendation: '建议开展沿河排口排查整治，加快雨污分流改造，落实河长制巡河责任，建立水质定期公开制度。' },
  { problem: '高校毕业生返乡就业渠道窄', subject: '青年就业创业', situation: '返乡高校毕业生反映本地岗位信息获取渠道有限，专业对口岗位少，创业贷款门槛较高。', analysis: '就业服务平台信息更新不及时，企业用工需求与青年求职意向对接不够精准。', recommendation: '建议搭建本地青年就业信息平台，定期举办专场招聘，降低返乡创业担保贷款门槛并提供创业导师服务。' },
  { problem: '居家养老服务供给不足', subject: '居家社区养老服务', situation: '社区养老服务站点服务项目少，上门助浴、康复护理等需求较大的服务难以获得。', analysis: '专业护理人员短缺，服务价格与老人支付能力不匹配，政府购买服务覆盖面有限。', recommendation: '建议扩大政府购买居家养老服务范围，培育专业化养老服务机构，推行家庭养老床位建设。' },
  { problem: '垃圾分类投放点设置不合理', subject: '生活垃圾分类', situation: '部分小区垃圾分类投放点位置偏远、开放时间短，居民分类投放积极性下降，混投现象仍然存在。', analysis: '投放点设置缺少居民参与，督导力量不足，分类运输环节存在“混装混运”。', recommendation: '建议投放点设置充分听取居民意见，适当延长开放时间，加强分类运输监管，完善积分激励办法。' },
  { problem: '山区道路安全防护设施缺失', subject: '农村道路交通安全', situation: '山区部分村道急弯陡坡路段缺少护栏和警示标志，雨雪天气通行风险较大。', analysis: '农村公路建设重建设轻养护，安全生命防护工程覆盖不全。', recommendation: '建议对山区村道开展隐患排查，分批实施安全生命防护工程，落实县乡村三级路长责任。' },
  { problem: '医保异地就医备案手续繁琐', subject: '医保异地就医结算', situation: '外出务工人员和随子女异地居住老人反映，异地就医备案需准备材料多，部分人员不了解线上办理渠道。', analysis: '政策宣传不够深入，线上备案操作对老年人不够友好。', recommendation: '建议简化异地就医备案材料，推广线上备案并在社区提供代办服务，加强政策宣传。' },
  { problem: '乡村民宿发展缺少规范引导', subject: '乡村旅游和民宿发展', situation: '部分村庄民宿数量增长较快，但同质化明显，消防、卫生等标准不统一，经营效益参差不齐。', analysis: '缺少统一规划和行业标准，审批涉及多个部门，经营者培训不足。', recommendation: '建议编制乡村民宿发展规划，出台民宿开办联合审批办法，开展经营管理培训，打造特色品牌。' },
  { problem: '小微企业融资难融资贵', subject: '小微企业融资', situation: '不少小微企业反映银行贷款需抵押担保，审批周期长，部分企业转向民间借贷，融资成本较高。', analysis: '企业信用信息分散，政府性融资担保作用发挥不充分，银企对接缺少常态化平台。', recommendation: '建议整合涉企信用信息，扩大政府性融资担保覆盖面，设立小微企业应急转贷资金，定期组织银企对接。' },
  { problem: '婴幼儿托育服务供给不足', subject: '普惠托育服务', situation: '双职工家庭对三岁以下婴幼儿托育需求大，但普惠性托育机构少，收费偏高，入托难。', analysis: '托育机构场地租金和人员成本高，扶持政策落实不到位，专业保育人员缺乏。', recommendation: '建议利用闲置公共用房建设普惠托育点，落实建设和运营补贴，支持用人单位举办托育服务。' },
  { problem: '农村生活污水处理设施闲置', subject: '农村生活污水治理', situation: '部分村建成的生活污水处理设施因管网不配套、运维经费不足，处于闲置或低效运行状态。', analysis: '建设与运维脱节，缺少专业运维队伍，运行情况缺少监测。', recommendation: '建议开展农村污水设施运行情况排查，推行区域打包专业化运维，将运行情况纳入乡镇考核。' },
  { problem: '公共文化场馆开放时间与群众需求错位', subject: '公共文化服务', situation: '图书馆、文化馆等场馆开放时间与上班族休息时间重合度低，晚间和节假日服务供给不足。', analysis: '场馆人员编制有限，错时开放缺少经费和激励保障。', recommendation: '建议推行公共文化场馆错时延时开放，引入志愿者和社会力量参与管理，开展夜间文化活动。' },
  { problem: '农产品销售渠道不畅', subject: '农产品产销对接', situation: '部分特色农产品丰产不丰收，农户反映销售渠道单一，主要依靠上门收购，价格波动大。', analysis: '农产品品牌化程度低，冷链物流等基础设施不足，电商销售人才缺乏。', recommendation: '建议加强区域公用品牌建设，完善镇村冷链物流设施，开展农村电商人才培训，组织产销对接活动。' },
  { problem: '残疾人无障碍设施不完善', subject: '无障碍环境建设', situation: '部分公共场所盲道被占用、坡道坡度过大，公交站台和老旧小区无障碍设施缺失，残疾人和老年人出行不便。', analysis: '无障碍设施建设标准执行不严，建成后维护管理缺位。', recommendation: '建议开展无障碍设施专项排查整改，新建项目严格落实无障碍设计标准，邀请残疾人代表参与验收。' },
  { problem: '物业服务质量与收费不匹配', subject: '住宅小区物业管理', situation: '部分小区业主反映物业服务质量下降，公共区域维修不及时，而物业费照常收取，矛盾纠纷增多。', analysis: '物业服务标准和价格缺少对应关系，业主委员会成立难，行业监管手段有限。', recommendation: '建议制定物业服务分级标准和评价办法，推动符合条件的小区成立业主委员会，建立物业企业信用评价制度。' },
  { problem: '社区工作者负担过重', subject: '社区减负增效', situation: '社区工作者反映各类报表、检查和挂牌事项多，用于走访服务居民的时间被大量挤占。', analysis: '部门工作下沉社区缺少准入管理，考核事项多、重复填报现象突出。', recommendation: '建议严格落实社区工作事项准入制度，整合各类信息系统，清理规范社区考核评比事项。' },
  { problem: '夜间施工噪声扰民', subject: '建筑施工噪声管理', situation: '城区部分工地夜间违规施工，噪声影响周边居民休息，投诉后问题反复。', analysis: '夜间施工审批把关不严，执法部门夜间巡查力量不足，处罚力度偏轻。', recommendation: '建议严格夜间施工许可审批，推广工地噪声在线监测，加大对违规夜间施工的处罚力度。' },
  { problem: '乡村教师流失较多', subject: '乡村教师队伍建设', situation: '近年来部分乡村学校青年教师通过考调等方式流向城区，学校学科教师结构性短缺。', analysis: '乡村教师生活条件和待遇吸引力不足，职称晋升和培训机会较少。', recommendation: '建议落实乡村教师生活补助并适当提高标准，建设乡村教师周转房，职称评聘向乡村教师倾斜。' },
  { problem: '老年人使用智能技术困难', subject: '老年人数字鸿沟', situation: '就医挂号、缴费、办事等越来越多依靠手机操作，不少老年人不会使用，办事遇到困难。', analysis: '公共服务线下渠道压缩，针对老年人的智能技术培训不足。', recommendation: '建议保留必要的线下服务渠道，在社区开展智能手机使用培训，推动常用应用适老化改造。' },
];

const PLACES = [
  '清河街道',
  '白沙镇',
  '石桥镇',
  '东城街道',
  '南湖街道',
  '青山镇',
  '望江街道',
  '杨柳镇',
  '文昌街道',
  '金桥街道',
] as const;

export const MATTER_COUNT = MATTERS.length;

/** The text of report `i` about matter `m` in place `p`, titled in one of three ways. */
export function reportText(matterIndex: number, placeIndex: number, titleWay: number) {
  const m = MATTERS[matterIndex % MATTERS.length];
  const place = PLACES[placeIndex % PLACES.length];
  const titles = [
    `关于${place}${m.problem}的情况反映`,
    `关于加强${m.subject}的建议`,
    `${place}${m.problem}亟待解决`,
  ];
  return {
    title: titles[titleWay % titles.length],
    situation: `据了解，${place}${m.situation}`,
    analysis: m.analysis,
    recommendation: m.recommendation,
  };
}

/** 不采用 reasons the reporter reads. */
export const REJECT_REASONS = [
  '所反映问题已有相关部门专门部署，暂不编发。',
  '内容与近期已编发信息重复，已作为参考材料转相关部门。',
  '反映情况较为笼统，缺少具体事例和数据支撑，建议补充后重新报送。',
  '属个案诉求，已转有关部门按程序办理。',
] as const;

/** The parties and people's organisations the editors file for (代为报送). */
export const BODIES = [
  ['party', '民盟清河区委'],
  ['party', '民建清河区委'],
  ['party', '九三学社清河区支社'],
  ['organisation', '区工商联'],
  ['organisation', '区妇联'],
] as const;
