/**
 * What a member of each 界别 typically looks like: their 政治面貌 (a party sector's members
 * belong to that party), the special committee they most likely join, and plausible jobs.
 * `posts` are one-holder positions (a school has one 校长), handed out at most once per
 * committee; '{街道}' and '{镇}' expand to each of the committee's streets or towns. `common`
 * jobs may repeat (a hospital has many 主任医师). Employers are generic district bodies
 * ('区实验中学') so the same profiles serve every demo district.
 */
export interface SectorProfile {
  /** 政治面貌 with weights; a party sector has exactly its own party. */
  parties: readonly (readonly [string, number])[];
  /** The special committee most members of the sector join (全员入委). */
  specialCommittee: string;
  femaleShare: number;
  posts: readonly Job[];
  common: readonly Job[];
}

/** [employer, job title]. */
export type Job = readonly [string, string];

const own = (party: string) => [[party, 1]] as const;
const PARTY_OR_MASSES = [
  ['中共', 5],
  ['群众', 5],
] as const;

// biome-ignore format: one sector per block, its jobs as rows
export const SECTOR_PROFILES: Record<string, SectorProfile> = {
  中共: { parties: own('中共'), specialCommittee: '提案委员会', femaleShare: 0.3,
    posts: [['{街道}党工委', '书记'], ['{镇}党委', '书记'], ['区发展和改革局', '局长'], ['区委党校', '常务副校长'],
      ['区机关事务管理局', '局长'], ['区档案馆', '馆长'], ['区委政策研究室', '主任']],
    common: [['区委组织部', '科长'], ['区纪委监委', '科长'], ['区委办公室', '四级调研员'], ['区财政局', '科长']] },
  民革: { parties: own('民革'), specialCommittee: '提案委员会', femaleShare: 0.35,
    posts: [['民革{区}基层委员会', '主委'], ['区律师协会', '副会长'], ['区图书馆', '副馆长'], ['海川明德律师事务所', '主任']],
    common: [['区人民法院', '审判员'], ['区第二中学', '高级教师'], ['区公证处', '公证员'], ['海川明德律师事务所', '律师']] },
  民盟: { parties: own('民盟'), specialCommittee: '教科卫体委员会', femaleShare: 0.45,
    posts: [['民盟{区}基层委员会', '主委'], ['区第一中学', '副校长'], ['区文化馆', '馆长'], ['区教师发展中心', '副主任']],
    common: [['区实验小学', '高级教师'], ['海川职业技术学院', '副教授'], ['区第三中学', '高级教师'], ['区教师发展中心', '研训员']] },
  民建: { parties: own('民建'), specialCommittee: '经济委员会', femaleShare: 0.3,
    posts: [['民建{区}基层委员会', '主委'], ['海川恒通建材有限公司', '董事长'], ['清源会计师事务所', '所长'],
      ['海川瑞丰食品有限公司', '总经理'], ['海川永盛物流有限公司', '总经理']],
    common: [['区农村商业银行', '支行行长'], ['区税务局', '科长'], ['清源会计师事务所', '注册会计师']] },
  民进: { parties: own('民进'), specialCommittee: '文史和学习委员会', femaleShare: 0.5,
    posts: [['民进{区}基层委员会', '主委'], ['区实验中学', '副校长'], ['区少年宫', '主任'], ['区第一幼儿园', '园长']],
    common: [['区融媒体中心', '编辑'], ['区外国语学校', '高级教师'], ['海川书画院', '画师'], ['区实验小学', '教师']] },
  农工党: { parties: own('农工党'), specialCommittee: '教科卫体委员会', femaleShare: 0.45,
    posts: [['农工党{区}基层委员会', '主委'], ['区人民医院', '副院长'], ['区疾病预防控制中心', '副主任']],
    common: [['区中医院', '主任医师'], ['区妇幼保健院', '主任医师'], ['区第二人民医院', '副主任医师'], ['区人民医院', '主治医师']] },
  致公党: { parties: own('致公党'), specialCommittee: '经济委员会', femaleShare: 0.35,
    posts: [['海川跨境电子商务产业园', '总经理'], ['海川远航进出口有限公司', '董事长'], ['区归国华侨联合会', '副主席']],
    common: [['海川锐思软件有限公司', '工程师'], ['海川远航进出口有限公司', '业务经理']] },
  九三学社: { parties: own('九三学社'), specialCommittee: '教科卫体委员会', femaleShare: 0.35,
    posts: [['九三学社{区}基层委员会', '主委'], ['区科学技术协会', '副主席'], ['区农业技术推广中心', '副主任']],
    common: [['海川新材料研究院', '高级工程师'], ['区人民医院', '主任医师'], ['海川职业技术学院', '教授'], ['区农业技术推广中心', '农艺师']] },
  无党派人士: { parties: own('无党派人士'), specialCommittee: '社会和法制委员会', femaleShare: 0.4,
    posts: [['海川博远科技有限公司', '总经理'], ['海川清正律师事务所', '主任'], ['区文化馆', '副馆长']],
    common: [['区人民医院', '主治医师'], ['海川清正律师事务所', '律师'], ['区第一中学', '高级教师']] },
  共青团: { parties: [['中共', 6], ['群众', 4]], specialCommittee: '教科卫体委员会', femaleShare: 0.5,
    posts: [['团区委', '副书记'], ['区青年企业家协会', '副会长'], ['区青少年活动中心', '主任'], ['区志愿服务联合会', '秘书长'],
      ['海川青禾农业科技有限公司', '创始人']],
    common: [['区实验小学', '大队辅导员'], ['{街道}办事处', '团工委书记']] },
  工会: { parties: [['中共', 6], ['群众', 4]], specialCommittee: '社会和法制委员会', femaleShare: 0.4,
    posts: [['区总工会', '副主席'], ['海川纺织集团', '工会主席'], ['区环卫服务中心', '主任']],
    common: [['海川机床厂', '高级技师'], ['区环卫服务中心', '班组长'], ['区公交公司', '驾驶员'], ['海川纺织集团', '车间主任']] },
  妇联: { parties: [['中共', 6], ['群众', 4]], specialCommittee: '社会和法制委员会', femaleShare: 0.9,
    posts: [['区妇女联合会', '副主席'], ['区妇女儿童活动中心', '主任'], ['海川巾帼家政服务有限公司', '总经理']],
    common: [['区婚姻家庭调解委员会', '调解员'], ['{街道}妇联', '主席'], ['区第一幼儿园', '教师']] },
  工商联: { parties: [['中共', 3], ['群众', 7]], specialCommittee: '经济委员会', femaleShare: 0.25,
    posts: [['区工商业联合会', '副主席'], ['海川华宇置业有限公司', '董事长'], ['海川鑫达机械制造有限公司', '总经理'],
      ['海川金穗粮油有限公司', '董事长'], ['区个体劳动者协会', '会长'], ['海川天成电子有限公司', '总经理'],
      ['海川百汇商贸有限公司', '董事长'], ['海川顺安汽车销售服务有限公司', '总经理'], ['海川绿洲环保科技有限公司', '董事长'],
      ['海川安居物业服务有限公司', '总经理'], ['海川锦程文化传媒有限公司', '总经理'], ['海川宏图建筑工程有限公司', '董事长']],
    common: [['区商会', '副会长'], ['区餐饮行业协会', '副会长']] },
  经济界: { parties: PARTY_OR_MASSES, specialCommittee: '经济委员会', femaleShare: 0.3,
    posts: [['区城市建设投资集团有限公司', '总经理'], ['区农村商业银行', '行长'], ['海川港务集团{区}分公司', '经理'],
      ['区国有资产运营有限公司', '副总经理'], ['区税务局', '副局长'], ['海川高新区管委会', '副主任'],
      ['区供销合作社联合社', '主任'], ['区统计局', '副局长']],
    common: [['区农村商业银行', '支行行长'], ['区统计局', '高级统计师'], ['区城市建设投资集团有限公司', '部门经理'],
      ['海川证券{区}营业部', '经理']] },
  教育界: { parties: PARTY_OR_MASSES, specialCommittee: '教科卫体委员会', femaleShare: 0.5,
    posts: [['区实验中学', '校长'], ['区第一中学', '校长'], ['区实验小学', '校长'], ['区职业技术学校', '校长'],
      ['区特殊教育学校', '校长'], ['区第一幼儿园', '园长'], ['区教师发展中心', '主任'], ['区外国语学校', '校长']],
    common: [['区第二中学', '高级教师'], ['区第三中学', '教务主任'], ['区实验小学', '高级教师'], ['区第一中学', '正高级教师']] },
  科技界: { parties: PARTY_OR_MASSES, specialCommittee: '教科卫体委员会', femaleShare: 0.3,
    posts: [['区科技创新服务中心', '主任'], ['海川智联电子有限公司', '研发总监'], ['区农业科学研究所', '所长'],
      ['海川锐思软件有限公司', '总工程师']],
    common: [['海川新材料研究院', '研究员'], ['区气象局', '高级工程师'], ['海川智联电子有限公司', '高级工程师']] },
  医药卫生界: { parties: PARTY_OR_MASSES, specialCommittee: '教科卫体委员会', femaleShare: 0.45,
    posts: [['区人民医院', '院长'], ['区中医院', '院长'], ['区妇幼保健院', '院长'], ['区疾病预防控制中心', '主任'],
      ['{街道}社区卫生服务中心', '主任'], ['{镇}卫生院', '院长'], ['区急救中心', '主任']],
    common: [['区人民医院', '主任医师'], ['区第二人民医院', '主任医师'], ['区中医院', '副主任医师'], ['区人民医院', '护士长']] },
  文化艺术界: { parties: PARTY_OR_MASSES, specialCommittee: '文史和学习委员会', femaleShare: 0.45,
    posts: [['区文学艺术界联合会', '副主席'], ['区文化馆', '馆长'], ['区博物馆', '馆长'], ['海川书画院', '副院长'],
      ['区融媒体中心', '主任'], ['区非物质文化遗产保护中心', '主任'], ['区图书馆', '馆长']],
    common: [['区文化馆', '群文馆员'], ['区融媒体中心', '记者'], ['区作家协会', '会员']] },
  农业界: { parties: PARTY_OR_MASSES, specialCommittee: '经济委员会', femaleShare: 0.25,
    posts: [['{镇}人民政府', '副镇长'], ['区农业技术推广中心', '主任'], ['区水利工程管理站', '站长']],
    common: [['{镇}果蔬专业合作社', '理事长'], ['区畜牧兽医服务中心', '高级兽医师'], ['{镇}家庭农场', '场主']] },
  社会福利和社会保障界: { parties: PARTY_OR_MASSES, specialCommittee: '社会和法制委员会', femaleShare: 0.45,
    posts: [['区社会福利院', '院长'], ['区残疾人联合会', '理事长'], ['区慈善总会', '秘书长'], ['区医疗保障服务中心', '主任'],
      ['区社会保险事业管理中心', '副主任'], ['区康宁养老服务中心', '院长']],
    common: [['{街道}社区', '党委书记'], ['区社会工作服务中心', '社工师']] },
  少数民族界: { parties: PARTY_OR_MASSES, specialCommittee: '文史和学习委员会', femaleShare: 0.4,
    posts: [['区民族宗教事务局', '副局长'], ['区民族小学', '校长'], ['海川清真食品有限公司', '总经理']],
    common: [['区人民医院', '副主任医师'], ['区民族小学', '教师']] },
  宗教界: { parties: own('群众'), specialCommittee: '文史和学习委员会', femaleShare: 0.2,
    posts: [['区佛教协会', '会长'], ['区基督教两会', '主席'], ['区伊斯兰教协会', '会长'], ['区道教协会', '会长']],
    common: [['区佛教协会', '副会长'], ['区道教协会', '副会长']] },
  特邀: { parties: [['中共', 5], ['群众', 3], ['无党派人士', 2]], specialCommittee: '社会和法制委员会', femaleShare: 0.3,
    posts: [['区人民检察院', '副检察长'], ['区人民法院', '副院长'], ['区退役军人服务中心', '主任'],
      ['区归国华侨联合会', '主席'], ['区台湾同胞联谊会', '会长'], ['区红十字会', '常务副会长'],
      ['区老干部活动中心', '主任'], ['区关心下一代工作委员会', '副主任'], ['区人民武装部', '政治委员']],
    common: [['区人民法院', '四级高级法官'], ['区人民检察院', '检察官'], ['{街道}社区', '居委会主任']] },
};

/** Ethnic minorities seen in an eastern district; the 少数民族界 draws only from these. */
export const MINORITY_ETHNICITIES = [
  '回族',
  '满族',
  '蒙古族',
  '壮族',
  '土家族',
  '苗族',
  '朝鲜族',
  '畲族',
] as const;

/**
 * Jobs with the committee's places filled in: '{区}' becomes the district ('清河区'), and
 * '{街道}' / '{镇}' yield one job per street or town (none when the district has none).
 */
export function expandJobs(jobs: readonly Job[], district: string, areas: readonly string[]): Job[] {
  return jobs.flatMap(([template, title]): Job[] => {
    const employer = template.replace('{区}', district);
    for (const kind of ['街道', '镇']) {
      if (employer.includes(`{${kind}}`)) {
        return areas
          .filter((a) => a.endsWith(kind))
          .map((a) => [employer.replace(`{${kind}}`, a), title] as const);
      }
    }
    return [[employer, title]];
  });
}
