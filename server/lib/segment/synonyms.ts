/**
 * Words that name the same thing in proposals (a member writes 电瓶车, the anchor says
 * 电动自行车): the second signal of the similar-proposal lookup and of matching unit duties,
 * where the words differ but the matter does not. General public-administration vocabulary,
 * written as groups; a key term stands for its whole group when candidates are found and ranked.
 * Only the lookup uses them: the stored search vectors and the search box keep the words as
 * written. A group's words of several dictionary words (接送车辆) join the domain dictionary
 * (words.ts), so that a text says them as one word the lookup can match.
 */

// biome-ignore format: one group a line, words separated by spaces
export const SYNONYM_GROUPS_TEXT = [
  '老人 老年人 长者 老年群体 高龄老人 老年居民',
  '孩子 儿童 少年儿童 小孩 娃娃 未成年人',
  '学生 中小学生 在校生 学童',
  '家长 父母 监护人',
  '学校 校园 中小学',
  '幼儿园 托儿所 托幼机构',
  '托育 托管 看护 照护服务',
  '校车 接送车辆 接送车 学生专车',
  '加装 安装 增设 配建',
  '停车位 车位 泊位 停车泊位',
  '电动自行车 电瓶车 电动车',
  '充电桩 充电设施 充电站 充电点 充电棚',
  '农村 乡村 农村地区',
  '村民 农民 农户',
  '居民 市民 老百姓 百姓 住户',
  '医院 医疗机构',
  '医生 医师 大夫 医务人员',
  '看病 就医 就诊 求医',
  '报销 结算',
  '救护车 急救车 120',
  '除颤器 除颤仪 aed',
  '诈骗 骗局 行骗 骗取 骗',
  '补贴 补助 资助 奖补',
  '培训 培养 技能培训',
  '求职 找工作 就业',
  '工资 薪酬 薪资 报酬 劳动报酬',
  '拖欠 欠薪 讨薪',
  '企业 公司 厂家 厂商',
  '贷款 融资 借贷 借款',
  '中小企业 中小微企业 小微企业 小企业',
  '公交 公交车 公共汽车 巴士',
  '费用 收费 费',
  '价格 价钱',
  '手艺 工艺 技艺 传统工艺 老手艺',
  '非遗 非物质文化遗产',
  '视力 近视 眼睛',
  '心理健康 心理问题 心理',
  '噪声 噪音',
  '施工 工地 建筑工地',
  '公园 游园 绿地 花园 口袋公园',
  '物业 物业公司 物业服务企业',
  '业委会 业主委员会',
  '燃气 天然气 煤气 液化气',
  '管道 管线 管网 管子',
  '积水 内涝 水淹 淹水',
  '排水 下水道 雨水管网 排水管网',
  '共享单车 单车',
  '外卖骑手 骑手 外卖员 外卖小哥 网约配送员',
  '快递员 快递小哥',
  '退役军人 退伍军人 老兵 退役士兵 复员军人',
  '残疾人 残障人士 残障 残疾',
  '摊贩 小摊 摊点 流动摊贩 摊主',
  '集体经济 村集体',
  '闲置 空置 空闲',
  '农产品 土特产 特产',
  '冷链 冷库 保鲜',
  '直播带货 直播销售 直播',
  '灌溉 水渠 灌排 渠系',
  '农田 耕地 田地 田块',
  '纠纷 矛盾 争议 争执',
  '调解 化解',
  '诉讼 打官司 起诉',
  '社保 社会保险',
  '审批 手续 报批',
  '材料 证明材料 申请材料',
  '夜间经济 夜经济 夜市 夜间消费',
  '失能 卧床 半失能',
  '护理 照护 照料',
  '护理员 护工',
  '食堂 餐厅 助餐',
  '送餐 配餐',
  '罕见病 少见病',
  '特效药 孤儿药',
  '药店 药房',
  '停电 断电',
  '电网 供电线路 电力线路',
  '水压 供水压力',
  '自来水 供水 用水',
  '河道 河流 河湖 河',
  '污水 废水',
  '垃圾 废弃物',
  '房屋 住房 房子',
  '小区 住宅小区 居民小区',
  '老旧小区 老小区 老楼 旧小区',
  '街道 镇街',
  '社区 居委会',
  '网格员 网格',
  '警察 民警 公安',
  '交警 交通警察',
  '监控 摄像头 视频监控',
  '红绿灯 信号灯 交通信号灯',
  '学位 入学',
  '教师 老师',
  '职校 职业学校 中职学校 职业院校 技工学校',
  '技术工人 技工 熟练工 技能人才',
  '体育 运动 健身',
  '图书馆 书房 阅览室',
  '文化站 文化室 文化服务中心 文化活动室',
  '景区 景点',
  '民宿 农家乐',
  '贫困 困难',
  '低保 最低生活保障',
  '殡葬 丧葬',
  '婚姻 婚姻登记',
  '食品安全 食品卫生',
  '油烟 油烟污染',
  '扬尘 粉尘',
  '违建 违法建设 违章建筑 私搭乱建',
  '广告牌 户外广告 招牌 店招',
  '消防 防火',
  '隐患 风险',
  '应急 突发事件',
  '洪水 汛期 防汛',
  '水库 山塘',
  '电梯 升降梯',
  '宽带 网络信号 信号',
  '数据 信息',
  '办事 办理事项 政务服务',
  '窗口 服务窗口',
  '税收 税费 纳税',
  '工会 总工会',
  '妇女 女性',
  '志愿者 志愿服务',
  '科普 科学普及',
  '执行 强制执行',
  '检察 检察院 检察机关',
  '法院 审判',
].join('\n');

const GROUPS = SYNONYM_GROUPS_TEXT.split('\n').map((g) => g.split(' '));

/** Every word of every group: each is made a dictionary word, so the segmenter cuts it whole. */
export const SYNONYM_WORDS: readonly string[] = [...new Set(GROUPS.flat())];

const GROUP_OF = new Map<string, number>();
GROUPS.forEach((words, i) => {
  for (const w of words) if (!GROUP_OF.has(w)) GROUP_OF.set(w, i);
});

/** One name for the group of the word (its first word), or the word itself when it has none. */
export function synonymKey(word: string): string {
  const i = GROUP_OF.get(word);
  return i === undefined ? word : GROUPS[i][0];
}

/** The other words for the same thing (empty when the word has none). */
export function synonymsOf(word: string): readonly string[] {
  const i = GROUP_OF.get(word);
  return i === undefined ? [] : GROUPS[i].filter((w) => w !== word);
}
