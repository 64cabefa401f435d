import type { ProposalSubject } from './proposals-topics';
import type { Rng } from './random';

/** A proposal's text as the member wrote it: 案由 and 情况/分析/建议 as safe HTML. */
export interface ProposalText {
  title: string;
  situationHtml: string;
  analysisHtml: string;
  recommendationHtml: string;
}

const TITLE_FRAMES = [
  (s: string) => `关于${s}的建议`,
  (s: string) => `关于进一步${s}的建议`,
  (s: string) => `关于${s}的提案`,
  (s: string) => `关于切实${s}的建议`,
];

const SITUATION_OPENERS = [
  '近年来，我区高度重视这项工作，取得了积极成效。',
  '据调研了解，',
  '经走访相关部门和基层单位，',
  '从委员履职调研和群众反映的情况看，',
];
const ANALYSIS_OPENERS = [
  '但对照群众期盼，仍存在一些不容忽视的问题：',
  '调研中发现，主要存在以下问题：',
  '分析原因，主要有以下几个方面：',
];
const CLOSERS = [
  '建议由相关部门牵头，明确责任分工和时间表，推动各项措施落地见效。',
  '建议将上述工作纳入年度重点任务，定期督查通报。',
  '建议加强部门协同，形成工作合力。',
  '',
];
const ORDINALS = ['一是', '二是', '三是', '四是'];

/** Fills the placeholders of a sentence with plausible figures and a place of the committee. */
function fill(sentence: string, rng: Rng, places: readonly string[]): string {
  return sentence
    .replace(/\{n\}/g, () => String(rng.int(3, 48)))
    .replace(/\{m\}/g, () => String(rng.int(120, 9800)))
    .replace(/\{p\}/g, () => String(rng.int(8, 72)))
    .replace(/\{w\}/g, () => (rng.int(12, 98) / 10).toFixed(1))
    .replace(/\{place\}/g, () => (places.length ? rng.pick(places) : '部分街道'));
}

/** A sentence from the pool ending in 。 (the pools are written without it). */
const sentence = (s: string) => (/[。！？]$/.test(s) ? s : `${s}。`);

/** 案由: one of the subject's titles in one of the usual frames. */
export function composeTitle(subject: ProposalSubject, rng: Rng): string {
  return rng.pick(TITLE_FRAMES)(rng.pick(subject.titles));
}

/**
 * A whole proposal on a subject: the facts with fresh figures, the problems, and the numbered
 * recommendations (in a shuffled order, sometimes one fewer), so no two read exactly alike.
 */
export function composeProposal(subject: ProposalSubject, rng: Rng, places: readonly string[]): ProposalText {
  const facts = rng.shuffle(subject.facts).map((s) => sentence(fill(s, rng, places)));
  const problems = subject.problems.map((s, i) => `${ORDINALS[i]}${fill(s, rng, places)}`);
  const actions = rng
    .shuffle(subject.actions)
    .slice(0, rng.chance(0.3) ? subject.actions.length - 1 : subject.actions.length);
  const closer = rng.pick(CLOSERS);
  return {
    title: composeTitle(subject, rng),
    situationHtml: `<p>${rng.pick(SITUATION_OPENERS)}${facts.join('')}</p>`,
    analysisHtml: `<p>${rng.pick(ANALYSIS_OPENERS)}${problems.join('；')}。</p>`,
    recommendationHtml: [
      ...actions.map((a, i) => `<p>${i + 1}. ${sentence(fill(a, rng, places))}</p>`),
      closer ? `<p>${closer}</p>` : '',
    ].join(''),
  };
}

/** The unit's reply letter: what it did on each recommendation, signed with its contact line. */
export function composeReply(
  subject: ProposalSubject,
  unitName: string,
  category: string,
  rng: Rng,
): { bodyHtml: string; contactLine: string } {
  const done = rng.shuffle(subject.actions).slice(0, 2);
  const stance: Record<string, string> = {
    A: '相关工作已基本落实到位',
    B: '已列入今明两年工作计划，正在逐步推进',
    C: '受财力和政策条件限制，目前暂难全面实施，我们将留作工作参考',
  };
  const phone = `0571-8${rng.int(1_000_000, 9_999_999)}`;
  const contactLine = `联系人：${unitName}办公室，联系电话：${phone}`;
  const body = [
    '<p>您提出的提案收悉，感谢您对我区工作的关心和支持。现答复如下：</p>',
    `<p>一、关于${done[0].replace(/[，。].*$/, '')}。我们会同相关单位开展了专题调研，${stance[category] ?? stance.B}。</p>`,
    `<p>二、关于${done[1].replace(/[，。].*$/, '')}。已纳入部门年度工作要点，明确专人负责。</p>`,
    '<p>下一步，我们将认真吸纳您的意见建议，持续跟踪推进，并及时向您反馈办理进展。</p>',
    `<p>${contactLine}</p>`,
  ];
  return { bodyHtml: body.join(''), contactLine };
}
