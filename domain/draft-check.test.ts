import { describe, expect, it } from 'vitest';
import { checkDraft, checkNameOf, type DraftText, suggestionItems } from './draft-check';

const body = {
  situation:
    '全区现有社区老年食堂和助餐点56个，覆盖64个社区中的41个，部分助餐点日均就餐不足20人，一些老年人集中的老旧社区却没有助餐点，高龄独居老人吃饭难。',
  analysis:
    '助餐点布局与老年人口分布不匹配；运营依靠一次性建设补贴，缺少持续的运营补贴，多数点位亏损；送餐上门服务几乎空白，失能老人无法到点就餐。',
  recommendation:
    '一是由区民政局编制助餐点布局规划，2年内实现社区全覆盖。二是建立按就餐人次计算的运营补贴，每餐补贴3元。三是开通送餐上门服务，优先保障80岁以上独居老人。',
};
const draft = (over: Partial<DraftText>): DraftText => ({
  title: '关于完善社区老年助餐服务的建议',
  ...body,
  ...over,
});
const names = (d: DraftText) => checkDraft(d).map(checkNameOf).sort();

describe('checkDraft', () => {
  it('gives a complete, concrete, single-matter draft no advice', () => {
    expect(checkDraft(draft({}))).toEqual([]);
  });

  it('names an empty 建议 as a missing part (a warning) and an empty 分析 as a hint', () => {
    const advice = checkDraft(draft({ analysis: '', recommendation: '' }));
    const missing = advice.filter((a) => a.code === 'missingPart');
    expect(missing.map((a) => [a.part, a.level])).toEqual([
      ['analysis', 'hint'],
      ['recommendation', 'warning'],
    ]);
    expect(missing[1].message).toContain('缺少「建议」部分');
  });

  it('calls a part of one short sentence thin and the whole too short below 150 characters', () => {
    const advice = checkDraft(draft({ situation: '老人吃饭难。', analysis: '助餐点太少，运营亏损。' }));
    expect(advice.filter((a) => a.code === 'thinPart').map((a) => a.part)).toEqual(['situation', 'analysis']);
    expect(advice.find((a) => a.code === 'thinPart')?.message).toContain('只有 6 字');
    expect(names(draft({ situation: '老人吃饭难。', analysis: '助餐点太少。' }))).toContain('tooShort');
  });

  it('flags suggestions of slogans only, not those naming a measure and an amount', () => {
    const slogans = '一要高度重视老年助餐工作。二要进一步加强统筹，切实形成合力。三要积极营造敬老氛围。';
    expect(names(draft({ recommendation: slogans }))).toEqual(['vagueSuggestions']);
    expect(
      names(
        draft({
          recommendation:
            '由区民政局设立助餐补贴，每餐补贴3元，年内覆盖全部社区，并为独居老人开通送餐上门服务。',
        }),
      ),
    ).toEqual([]);
  });

  it('sees two unrelated matters joined in the title (一案多事)', () => {
    const advice = checkDraft({
      title: '关于发展社区养老服务和治理城区河道污染的建议',
      situation: `${body.situation}城东多条河道仍有黑臭现象，河道污染严重，沿河居民反映垃圾漂浮、水质差。`,
      analysis: `${body.analysis}河道排污口整治不彻底，雨污混接导致污染反复。`,
      recommendation: `${body.recommendation}四是对城东河道开展排污口排查，年内完成12条河道截污。`,
    });
    const multiple = advice.find((a) => a.code === 'multipleMatters');
    expect(multiple?.message).toBe(
      '可能一案多事：本提案同时涉及「养老」和「生态环境」两件不相关的事。一事一案，建议拆分为两件提案分别提出。',
    );
  });

  it('keeps related areas in one matter (养老 and 医疗卫生: 医养结合)', () => {
    const text = draft({
      title: '关于推进医养结合服务的建议',
      situation: `${body.situation}养老机构内设医疗机构少，老人就医要往返医院，家庭医生上门少。`,
      recommendation: `${body.recommendation}四是由区卫健委推动每家养老机构与1家医院签约，家庭医生每月上门1次。`,
    });
    expect(names(text)).toEqual([]);
  });

  it('quotes the words that match a rejection ground', () => {
    const advice = checkDraft(
      draft({ situation: `${body.situation}我公司研发的某某牌助餐设备已在外地使用，反映很好。` }),
    );
    expect(advice).toHaveLength(1);
    expect(advice[0]).toMatchObject({ code: 'excluded', ground: 'promotion', level: 'warning' });
    expect(advice[0].evidence).toContain('我公司研发');
    expect(advice[0].message).toBe('可能属于不予立案的情形「宣传、推介具体产品或企业」，请确认后修改。');
  });

  it('tells a private matter, a case in court and a personnel matter apart from public ones', () => {
    expect(names(draft({ analysis: `${body.analysis}我父亲就因此每天吃不上热饭。` }))).toEqual(['private']);
    expect(
      names(draft({ analysis: `${body.analysis}该纠纷已向区法院起诉，一审判决后对方已上诉。` })),
    ).toEqual(['litigation']);
    expect(
      names(draft({ recommendation: `${body.recommendation}四是提拔民政局现任科长同志担任副局长。` })),
    ).toEqual(['partyPersonnel']);
    // A court's caseload and a researcher speaking of herself are public matters.
    expect(
      names(
        draft({
          situation: `${body.situation}本人在调研中走访了12个社区，区人民法院去年受理赡养纠纷120件。`,
        }),
      ),
    ).toEqual([]);
  });
});

describe('suggestionItems', () => {
  it('splits 一是/二是, （一） and 1. lists, else lines', () => {
    expect(suggestionItems('一是设立补贴标准。二是开通送餐服务。')).toEqual([
      '设立补贴标准。',
      '开通送餐服务。',
    ]);
    expect(suggestionItems('（一）设立补贴标准；（二）开通送餐服务')).toHaveLength(2);
    expect(suggestionItems('1. 设立补贴标准\n2. 开通送餐服务')).toHaveLength(2);
    expect(suggestionItems('设立补贴标准和制度\n开通送餐上门服务')).toEqual([
      '设立补贴标准和制度',
      '开通送餐上门服务',
    ]);
  });
});
