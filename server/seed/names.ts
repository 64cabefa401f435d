import type { Gender } from '../../domain/members';
import type { Rng } from './random';

/**
 * Chinese personal names for the demo: surnames weighted roughly by their national frequency,
 * given names from characters common in each generation. Well-known public figures are
 * refused so the demo never seems to put a real person on a roster.
 */

// biome-ignore format: the surname table reads best as rows of [surname, weight]
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 72], ['李', 70], ['张', 66], ['刘', 53], ['陈', 46], ['杨', 33], ['黄', 24], ['赵', 21],
  ['吴', 20], ['周', 20], ['徐', 15], ['孙', 15], ['马', 13], ['朱', 13], ['胡', 12], ['郭', 12],
  ['何', 11], ['林', 10], ['高', 10], ['罗', 10], ['郑', 9], ['梁', 9], ['谢', 7], ['宋', 7],
  ['唐', 7], ['许', 7], ['韩', 6], ['冯', 6], ['邓', 6], ['曹', 6], ['彭', 6], ['曾', 5],
  ['肖', 5], ['田', 5], ['董', 5], ['潘', 4], ['袁', 4], ['蔡', 4], ['蒋', 4], ['余', 4],
  ['于', 4], ['杜', 4], ['叶', 4], ['程', 4], ['魏', 4], ['苏', 3], ['吕', 3], ['丁', 3],
  ['任', 3], ['卢', 3], ['姚', 3], ['沈', 3], ['钟', 3], ['姜', 3], ['崔', 3], ['谭', 3],
  ['陆', 3], ['范', 3], ['汪', 3], ['廖', 3], ['石', 3], ['金', 3], ['韦', 2], ['贾', 2],
  ['夏', 2], ['付', 2], ['方', 2], ['邹', 2], ['熊', 2], ['白', 2], ['孟', 2], ['秦', 2],
  ['邱', 2], ['侯', 2], ['江', 2], ['尹', 2], ['薛', 2], ['闫', 2], ['段', 2], ['雷', 2],
  ['龙', 1], ['黎', 1], ['史', 1], ['陶', 1], ['贺', 1], ['毛', 1], ['郝', 1], ['顾', 1],
  ['龚', 1], ['邵', 1], ['万', 1], ['覃', 1], ['武', 1], ['钱', 1], ['戴', 1], ['严', 1],
  ['欧阳', 0.5], ['上官', 0.2], ['司马', 0.2],
];

const MALE_CHARS =
  '伟刚勇毅俊峰强军平东文辉力明永健广志兴良海山波宁福生龙全国胜学祥才武新利清飞彬富顺杰涛昌成康星光天达安岩中进林坚和博诚敬振群豪邦承乐松善庆磊民友裕河哲江超浩亮政谦奇翰朗宏鸣朋斌梁栋维启克翔旭鹏泽晨辰建家致树德行泰盛雄钧冠策腾楠航弘';
const FEMALE_CHARS =
  '秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂叶璐娅琦晶妍茜秋珊莎锦青倩婷婉娴瑾颖露瑶怡雁蓓仪荷丹蓉君琴蕊薇菁梦岚婕馨韵艺咏卿澜纯毓悦昭冰爽琬茗羽希宁欣滢馥筠柔竹凝晓欢枫芸菲伊亚宜舒影丽阳妮初恒鸿桦娇灵琪晴容睿唯雯萱彦宇雨曼紫逸';

/** Names of well-known public figures the generator must not produce. */
// biome-ignore format: a plain list
const FAMOUS = new Set([
  '李强', '王毅', '王勇', '王晨', '汪洋', '韩正', '刘鹤', '李希', '蔡奇', '王岐山', '李克强', '温家宝',
  '丁薛祥', '王沪宁', '赵乐际', '陈敏尔', '何立峰', '胡春华', '孙春兰', '黄坤明', '李鸿忠', '张又侠',
  '刘国中', '吴政隆', '王小洪', '秦刚', '马兴瑞', '石泰峰', '李干杰', '李书磊', '尹力', '陈文清',
  '袁家军', '何卫东', '刘强东', '马化腾', '李彦宏', '雷军', '任正非', '董明珠', '马云', '刘德华',
  '周杰伦', '王力宏', '成龙', '李连杰', '张艺谋', '陈凯歌', '范冰冰', '赵薇', '章子怡', '巩俐',
  '莫言', '屠呦呦', '钟南山', '袁隆平', '刘慈欣', '郎平', '朱婷', '孙杨', '林丹', '张继科', '马龙',
  '丁宁', '刘翔', '姚明', '李娜', '王菲', '周迅', '李宁', '杨利伟', '王楠', '邓亚萍', '刘国梁',
  '孔令辉', '苏炳添', '王濛', '杨洋', '刘洋', '李冰冰', '黄晓明', '赵丽颖', '杨幂', '刘亦菲', '李晨',
  '王源', '易烊千玺', '张杰', '韩红', '宋丹丹', '赵本山', '冯巩', '陈佩斯', '李宇春', '杨澜',
]);

/** Hands out names that are unique within one committee (a roster never repeats a name). */
export function createNameFactory(rng: Rng) {
  const used = new Set<string>();
  const given = (gender: Gender) => {
    const pool = gender === '男' ? MALE_CHARS : FEMALE_CHARS;
    const first = pool[rng.int(0, pool.length - 1)];
    if (rng.chance(0.22)) return first;
    return first + pool[rng.int(0, pool.length - 1)];
  };
  return (gender: Gender): string => {
    for (;;) {
      const name = rng.weighted(SURNAMES) + given(gender);
      // A doubled last character (王伟伟) reads like a nickname on a formal roster.
      if (used.has(name) || FAMOUS.has(name) || name.at(-1) === name.at(-2)) continue;
      used.add(name);
      return name;
    }
  };
}
