/**
 * The domain dictionary added to jieba's general one: CPPCC and government terms, the names of
 * handling units (full and short forms), and the compounds proposals are written with, so
 * 课后服务, 加装电梯 or 住建局 are cut as words and not as single characters. A compound is also
 * indexed by its parts (server/lib/segment/words.ts), so 「电梯」 still finds 加装电梯.
 *
 * Changing this list changes the stored search vectors: SEGMENTER_VERSION follows its text and
 * the vectors are rebuilt on the next start (server/modules/proposals/search-rebuild.ts).
 * Words that the demo's tests rely on being cut in two (养老|服务, 居家|养老) stay out.
 */

/** Frequency given to every domain word: high enough to beat splitting it, not to swallow neighbours. */
export const DOMAIN_WORD_FREQUENCY = 2000;

// biome-ignore format: a word list, grouped by theme
const WORDS = [
  // CPPCC and the proposal workflow
  '政协委员 提案人 提案委员会 承办单位 主办单位 会办单位 分办单位 答复函 重点提案 领衔督办 社情民意 协商议政 民主监督',
  '委员会客厅 委员工作室 委员活动组 界别 三定 内设机构 主要职责 职能转变 牵头单位 配合单位 民生实事',
  // handling units, full and short forms
  '发展和改革局 发改局 发改委 教育局 科学技术局 科技局 工业和信息化局 工信局 经信局 公安分局 公安局 派出所 交警 交警大队',
  '民政局 司法局 司法所 财政局 人力资源和社会保障局 人社局 自然资源和规划分局 自然资源局 规划分局 生态环境分局 生态环境局 环保局',
  '住房和城乡建设局 住建局 交通运输局 交通局 农业农村局 农业局 水利局 商务局 文化广电旅游体育局 文旅局 文广旅体局 体育局',
  '卫生健康局 卫健局 卫健委 卫生健康委员会 退役军人事务局 退役军人局 应急管理局 应急局 审计局 市场监督管理局 市场监管局 统计局',
  '医疗保障局 医保局 城市管理局 城管局 综合行政执法局 综合执法局 行政审批服务局 审批局 信访局 数据资源管理局 大数据局 数据局',
  '民族宗教事务局 民宗局 税务局 总工会 团区委 团市委 团委 妇女联合会 妇联 残疾人联合会 残联 科学技术协会 科协 工商联',
  '供电公司 供电所 国家电网 城投公司 城投集团 城市建设投资集团 水务集团 自来水公司 人民法院 人民检察院 检察院 融媒体中心',
  '街道办事处 居委会 村委会 消防救援大队 消防救援站 疾控中心 疾病预防控制中心 社区卫生服务中心 乡镇卫生院 村卫生室',
  // education and children
  '课后服务 课后托管 课后延时服务 双减 校外培训 校外培训机构 集团化办学 大班额 学位紧张 学区 义务教育 学前教育 普惠性幼儿园',
  '普惠园 公办园 民办园 托育 托育服务 托育机构 普惠托育 托位 托班 入托 入园 校车 校车安全 护学岗 上下学 接送区 明厨亮灶',
  '陪餐制度 校园欺凌 近视防控 视力筛查 心理健康 心理危机 心理健康教育 心理援助 产教融合 校企合作 现代学徒制 订单班 实训基地',
  '职业教育 中职学校 职业院校 乡村教师 教师编制 教师轮岗 课后服务费 留守儿童 困境儿童 儿童之家 儿童主任 家庭教育 青少年',
  // health, insurance, elderly care
  '医共体 医联体 家庭医生 签约服务 分级诊疗 全科医生 院前急救 急救站 急救分站 除颤仪 除颤器 心肺复苏 儿科 疫苗接种 hpv疫苗',
  '医保基金 医保目录 医保报销 异地就医 门诊统筹 慢特病 门诊慢特病 药品集采 集中带量采购 罕见病 大病保险 医疗救助 长期护理保险',
  '长护险 失能老人 半失能 护理员 养老机构 养老院 敬老院 日间照料 日间照料中心 嵌入式 老年助餐 长者食堂 老年食堂 助餐点',
  '适老化 适老化改造 无障碍 无障碍环境 无障碍设施 助残 康复救助 残疾儿童 辅助性就业 按比例就业 养老诈骗 保健品 以房养老',
  // housing and city management
  '老旧小区 老旧小区改造 加装电梯 既有住宅 城市更新 物业服务 物业公司 物业费 业委会 业主委员会 维修资金 专项维修资金',
  '保障性租赁住房 保障性住房 公租房 人才公寓 二次供水 供水管网 智能水表 城乡供水一体化 雨污分流 雨污混接 海绵城市',
  '城市内涝 积水点 排水管网 泵站 调蓄池 黑臭水体 河长制 湖长制 林长制 垃圾分类 厨余垃圾 再生资源 建筑垃圾 餐饮油烟',
  '流动摊贩 占道经营 违法建设 违章建筑 户外广告 店招 口袋公园 街头游园 城市书房 燃气管道 瓶装液化气 燃气泄漏 报警装置',
  // transport and parking
  '停车难 停车泊位 智慧停车 立体停车库 机械停车库 错时共享 共享单车 电子围栏 电动自行车 电瓶车 飞线充电 充电桩 充电设施',
  '新能源汽车 城乡公交 公交一体化 定制公交 网约车 断头路 微循环 农村公路 通村公路 四好农村路 交通秩序 交通违法',
  // economy, business, rural areas
  '营商环境 一件事一次办 一网通办 最多跑一次 放管服 并联审批 一窗受理 电子证照 涉企检查 包容审慎监管 专精特新 小微企业',
  '中小微企业 民营企业 融资难 融资担保 政府性融资担保 转贷 应急转贷 首贷 知识产权质押 银企对接 研发投入 研发费用加计扣除',
  '高新技术企业 科技型中小企业 科技成果转化 中试基地 数字化转型 智能化改造 5g基站 信号覆盖 预付卡 预付式消费 直播带货',
  '虚假宣传 电梯维保 食品安全 农药残留 信用体系 失信惩戒 守信激励 价格监测 重大项目 专项债 专项债券 政府采购 预算绩效',
  '乡村振兴 集体经济 村集体 强村公司 高标准农田 宅基地 人居环境 厕所革命 农村电商 农产品 冷链物流 区域公用品牌 土特产',
  '跨境电商 农贸市场 夜间经济 夜经济 特色街区 乡村旅游 民宿 非遗 非物质文化遗产 非遗传承人 传承人 历史文化街区 全民健身',
  // employment, rights, safety, governance
  '新就业形态 灵活就业 外卖骑手 快递员 网约配送员 职业伤害保障 欠薪 根治欠薪 农民工工资 工资专户 就业见习 公益性岗位',
  '退役军人 退役士兵 优抚对象 户外劳动者 爱心驿站 疗休养 带薪休假 志愿服务 反家暴 家庭暴力 人身安全保护令 妇女儿童',
  '安全生产 应急避难场所 应急演练 防汛 除险加固 山塘 病险水库 森林防火 不动产登记 不动产权证 控制性详细规划 耕地保护',
  '审计整改 统计造假 信访事项 首办责任制 数据共享 数据壁垒 公共数据 宗教活动场所 税费优惠 执行难 失信被执行人 公益诉讼',
  '未成年人保护 社区矫正 法律援助 人民调解 矛盾纠纷 多元化解 诉前调解 网格员 网格化 电信诈骗 电信网络诈骗 反诈 老旧 电力增容',
].join(' ');

/** The domain words, each once. */
export const DOMAIN_WORDS: readonly string[] = [...new Set(WORDS.split(/\s+/).filter(Boolean))];

/** The dictionary in jieba's format: one `word frequency` a line. */
export const DOMAIN_DICTIONARY_TEXT = DOMAIN_WORDS.map((w) => `${w} ${DOMAIN_WORD_FREQUENCY}`).join('\n');
