import { describe, expect, it } from 'vitest';
import { DEFAULT_DUTY_RULES, type DutyRules, gradeOf, rulesProblem } from './duty-rules';
import { type DutyItem, type ScoringContext, scoreDutyYear, scoreDutyYearFigures } from './duty-scoring';

let n = 0;
const item = (kind: string, date: string, evidenceId: number | null = ++n, type = 'x'): DutyItem => ({
  key: `${kind}:${n}:${date}`,
  kind,
  date,
  evidence: { type, id: evidenceId, title: `证据${evidenceId}`, link: null },
});
const ctx = (c: Partial<ScoringContext> = {}): ScoringContext => ({
  termPlenaryAbsences: 0,
  previousGrades: [],
  yearEnded: false,
  ...c,
});
const rules = (r: Partial<DutyRules> = {}): DutyRules => ({ ...DEFAULT_DUTY_RULES, ...r });
/** A year of six kinds: 60 + 10 + 3 + 5 + 10 − 30 − 10 = 48 by the default rules. */
const sixKinds = () => [
  item('proposal.lead', '2025-02-01', 1, 'proposal'),
  item('proposal.key', '2025-03-01', 1, 'proposal'),
  item('proposal.coSigner', '2025-02-03', 2, 'proposal'),
  item('meeting.plenary.present', '2025-01-10', 3, 'meeting'),
  item('meeting.plenary.absent', '2025-06-10', 4, 'meeting'),
  item('meeting.plenary.leave', '2025-09-10', 5, 'meeting'),
];

describe('scoreDutyYear with the default rules (DOMAIN.md §7)', () => {
  it('adds the base, each item and deducts absences: 60 + 10 + 3 + 5 + 10 − 30 − 10 = 48', () => {
    const s = scoreDutyYear(sixKinds(), DEFAULT_DUTY_RULES, ctx());
    expect(s.added).toBe(28);
    expect(s.deducted).toBe(40);
    expect(s.total).toBe(48);
    expect(s.grade).toBe('incompetent');
    // Lines come in date order, each with its rule's points.
    expect(s.lines.map((l) => [l.date, l.points])).toEqual([
      ['2025-01-10', 10],
      ['2025-02-01', 10],
      ['2025-02-03', 3],
      ['2025-03-01', 5],
      ['2025-06-10', -30],
      ['2025-09-10', -10],
    ]);
    // The lead and key items are one proposal: 2 proposals, 1 activity (the plenary attended).
    expect(s.done).toEqual({ proposal: 2, opinion: 0, activity: 1 });
  });

  it('caps a kind in date order: co-signer cap 15 at 3 each → the sixth earns 0', () => {
    const items = [1, 2, 3, 4, 5, 6].map((d) => item('proposal.coSigner', `2025-03-0${d}`));
    const s = scoreDutyYear(items, DEFAULT_DUTY_RULES, ctx());
    expect(s.lines.map((l) => l.points)).toEqual([3, 3, 3, 3, 3, 0]);
    expect(s.lines[5].note).toBe('已达本项年度上限 15 分');
    expect(s.total).toBe(75);
  });

  it('caps a partial last item: cap 10, points 4 → 4, 4, 2', () => {
    const r = rules({ kinds: { 'claim.visit': { points: 4, cap: 10 } } });
    const s = scoreDutyYear(
      [
        item('claim.visit', '2025-01-01'),
        item('claim.visit', '2025-01-02'),
        item('claim.visit', '2025-01-03'),
      ],
      r,
      ctx(),
    );
    expect(s.lines.map((l) => l.points)).toEqual([4, 4, 2]);
    expect(s.total).toBe(70);
  });

  it('caps deductions by absolute value too: cap 40 on −30 plenary absences → −30, −10', () => {
    const r = rules({ kinds: { 'meeting.plenary.absent': { points: -30, cap: 40 } } });
    const s = scoreDutyYear(
      [item('meeting.plenary.absent', '2025-01-01'), item('meeting.plenary.absent', '2026-01-02')],
      r,
      ctx(),
    );
    expect(s.lines.map((l) => l.points)).toEqual([-30, -10]);
    expect(s.total).toBe(20);
  });

  it('cuts added points at the yearly bonus cap, deductions still apply: 60 + min(50, 40) − 10 = 90', () => {
    const items = [1, 2, 3, 4, 5].map((d) => item('proposal.lead', `2025-04-0${d}`));
    const s = scoreDutyYear(
      [...items, item('meeting.plenary.leave', '2025-05-01')],
      rules({ kinds: {} }),
      ctx(),
    );
    // proposal.lead: cap 40 by default → 10, 10, 10, 10, 0; no bonus cut since 40 ≤ 40.
    expect(s.added).toBe(40);
    expect(s.bonusCut).toBe(0);
    expect(s.total).toBe(90);
    const noKindCap = rules({ kinds: { 'proposal.lead': { points: 10, cap: null } } });
    const t = scoreDutyYear([...items, item('meeting.plenary.leave', '2025-05-01')], noKindCap, ctx());
    expect(t.added).toBe(50);
    expect(t.bonusCut).toBe(10);
    expect(t.total).toBe(90);
  });

  it('an unknown kind scores 0 and keeps its key as label', () => {
    const s = scoreDutyYear([item('later.module', '2025-01-01')], DEFAULT_DUTY_RULES, ctx());
    expect(s.lines[0]).toMatchObject({ points: 0, label: 'later.module' });
    expect(s.total).toBe(60);
  });

  it('gives the same score whatever order the items come in', () => {
    const items = [
      item('proposal.coSigner', '2025-03-02'),
      item('proposal.coSigner', '2025-03-01'),
      item('proposal.coSigner', '2025-03-03'),
    ];
    const r = rules({ kinds: { 'proposal.coSigner': { points: 3, cap: 7 } } });
    const a = scoreDutyYear(items, r, ctx());
    const b = scoreDutyYear([...items].reverse(), r, ctx());
    expect(b).toEqual(a);
    expect(a.lines.map((l) => [l.date, l.points])).toEqual([
      ['2025-03-01', 3],
      ['2025-03-02', 3],
      ['2025-03-03', 1],
    ]);
  });
});

describe('scoreDutyYearFigures: the figures without the lines', () => {
  const figures = (items: DutyItem[], r: DutyRules = DEFAULT_DUTY_RULES) => {
    const { base, added, bonusCut, deducted, total } = scoreDutyYearFigures(items, r, ctx());
    return { base, added, bonusCut, deducted, total };
  };

  it('adds, deducts and caps as the lines do, counted by hand', () => {
    expect(figures(sixKinds())).toEqual({ base: 60, added: 28, bonusCut: 0, deducted: 40, total: 48 });
    // Six co-signatures at 3, cap 15.
    const six = [1, 2, 3, 4, 5, 6].map((d) => item('proposal.coSigner', `2025-03-0${d}`));
    expect(figures(six).total).toBe(75);
    // Three visits at 4, cap 10: 4 + 4 + 2.
    const visits = rules({ kinds: { 'claim.visit': { points: 4, cap: 10 } } });
    expect(
      figures(
        [1, 2, 3].map((d) => item('claim.visit', `2025-01-0${d}`)),
        visits,
      ).added,
    ).toBe(10);
    // Two plenary absences at −30, cap 40.
    const absences = rules({ kinds: { 'meeting.plenary.absent': { points: -30, cap: 40 } } });
    expect(
      figures(
        [1, 2].map((d) => item('meeting.plenary.absent', `2025-01-0${d}`)),
        absences,
      ),
    ).toEqual({
      base: 60,
      added: 0,
      bonusCut: 0,
      deducted: 40,
      total: 20,
    });
    // Five leads at 10 without a kind cap, one leave −10, bonus cap 40.
    const leads = [1, 2, 3, 4, 5].map((d) => item('proposal.lead', `2025-04-0${d}`));
    const noKindCap = rules({ kinds: { 'proposal.lead': { points: 10, cap: null } } });
    expect(figures([...leads, item('meeting.plenary.leave', '2025-05-01')], noKindCap)).toEqual({
      base: 60,
      added: 50,
      bonusCut: 10,
      deducted: 10,
      total: 90,
    });
    expect(figures([item('later.module', '2025-01-01')]).total).toBe(60);
  });

  it('equals scoreDutyYear without its lines on mixed years', () => {
    const kinds = [
      'proposal.lead',
      'proposal.coSigner',
      'opinion.filed',
      'meeting.plenary.absent',
      'meeting.standing.leave',
      'claim.visit',
      'later.module',
    ];
    const r = rules({
      bonusCap: 30,
      kinds: { 'claim.visit': { points: 4, cap: 10 }, 'meeting.standing.leave': { points: -3, cap: 5 } },
    });
    for (let year = 0; year < 50; year++) {
      // A fixed spread of kinds and days per year: year y has y % 17 items, kinds and days stepping by primes.
      const items = Array.from({ length: year % 17 }, (_, i) =>
        item(kinds[(year + i * 3) % kinds.length], `2025-0${1 + ((year + i * 5) % 9)}-1${i % 10}`),
      );
      const { lines: _, ...all } = scoreDutyYear(items, r, ctx({ yearEnded: true }));
      expect(scoreDutyYearFigures(items, r, ctx({ yearEnded: true }))).toEqual(all);
    }
  });
});

describe('grade thresholds', () => {
  const g = DEFAULT_DUTY_RULES.grades;
  it('优秀 ≥ 85, 称职 60–84, 不称职 < 60', () => {
    expect([gradeOf(85, g), gradeOf(84, g), gradeOf(60, g), gradeOf(59, g)]).toEqual([
      'excellent',
      'competent',
      'competent',
      'incompetent',
    ]);
  });
  it('基本称职 when the committee uses it: 50–59', () => {
    const withBasic = { ...g, basic: 50 };
    expect([gradeOf(59, withBasic), gradeOf(50, withBasic), gradeOf(49, withBasic)]).toEqual([
      'basic',
      'basic',
      'incompetent',
    ]);
  });
  it('refuses thresholds that contradict themselves, naming the field', () => {
    expect(rulesProblem(rules({ grades: { excellent: 60, competent: 60, basic: null } }))?.field).toBe(
      'grades.excellent',
    );
    expect(rulesProblem(rules({ grades: { excellent: 85, competent: 60, basic: 60 } }))?.field).toBe(
      'grades.basic',
    );
    expect(rulesProblem(rules({ kinds: { nope: { points: 1, cap: null } } }))?.field).toBe('kinds');
    expect(rulesProblem(DEFAULT_DUTY_RULES)).toBeNull();
  });
});

describe('minimum duties', () => {
  it('says what is still missing: 1 proposal, 1 社情民意, 3 activities', () => {
    const s = scoreDutyYear(
      [
        item('proposal.coSigner', '2025-03-01'),
        item('meeting.training.present', '2025-04-01'),
        item('claim.visit', '2025-05-01'),
        item('meeting.plenary.leave', '2025-01-01'),
      ],
      DEFAULT_DUTY_RULES,
      ctx(),
    );
    expect(s.missing.map((m) => m.text)).toEqual(['还需提交社情民意 1 篇', '还需参加履职活动 1 次']);
  });
  it('counts an item capped to 0 points all the same', () => {
    const r = rules({ kinds: { 'opinion.filed': { points: 2, cap: 2 } } });
    const s = scoreDutyYear(
      [item('opinion.filed', '2025-01-01'), item('opinion.filed', '2025-01-02')],
      r,
      ctx(),
    );
    expect(s.done.opinion).toBe(2);
    expect(s.lines.map((l) => l.points)).toEqual([2, 0]);
  });
});

describe('consequences', () => {
  const full = [
    item('proposal.lead', '2025-02-01'),
    item('opinion.filed', '2025-02-02'),
    item('meeting.training.present', '2025-02-03'),
    item('meeting.reading.present', '2025-02-04'),
    item('claim.visit', '2025-02-05'),
  ];
  const labels = (s: ReturnType<typeof scoreDutyYear>) =>
    s.consequences.map((c) => [c.consequence, c.reasons]);

  it('none for a member who did the minimum and missed nothing', () => {
    // 60 + 10 + 2 + 2 + 2 + 2 = 78, 称职.
    const s = scoreDutyYear(full, DEFAULT_DUTY_RULES, ctx({ yearEnded: true }));
    expect(s.total).toBe(78);
    expect(s.consequences).toEqual([]);
  });

  it('提醒谈话 after one plenary absence without leave this year', () => {
    const s = scoreDutyYear(
      [...full, item('meeting.plenary.absent', '2025-03-01')],
      DEFAULT_DUTY_RULES,
      ctx({ termPlenaryAbsences: 1 }),
    );
    expect(labels(s)).toEqual([['talk', ['本年度无故缺席全体会议 1 次']]]);
  });

  it('提醒谈话 for unmet minimums only once the year is over', () => {
    const early = scoreDutyYear(full.slice(1), DEFAULT_DUTY_RULES, ctx());
    expect(early.consequences).toEqual([]);
    const late = scoreDutyYear(full.slice(1), DEFAULT_DUTY_RULES, ctx({ yearEnded: true }));
    expect(labels(late)).toEqual([['talk', ['未完成最低履职要求（还需提交提案 1 件）']]]);
  });

  it('警告 after 2 plenary absences in the term, 劝辞 after 3', () => {
    const two = scoreDutyYear(full, DEFAULT_DUTY_RULES, ctx({ termPlenaryAbsences: 2 }));
    expect(labels(two)).toEqual([['warning', ['本届无故缺席全体会议 2 次']]]);
    const three = scoreDutyYear(full, DEFAULT_DUTY_RULES, ctx({ termPlenaryAbsences: 3 }));
    expect(labels(three)).toEqual([
      ['warning', ['本届无故缺席全体会议 3 次']],
      ['resign', ['本届无故缺席全体会议 3 次']],
    ]);
  });

  it('警告 for 不称职 at year end; 劝辞 when the year before was 不称职 too', () => {
    const poor = [item('meeting.plenary.leave', '2025-01-01')]; // 60 − 10 = 50
    const once = scoreDutyYear(
      poor,
      rules({ minimums: [] }),
      ctx({ yearEnded: true, previousGrades: ['competent', 'incompetent'] }),
    );
    expect(once.total).toBe(50);
    expect(labels(once)).toEqual([['warning', ['年度考评不称职']]]);
    const twice = scoreDutyYear(
      poor,
      rules({ minimums: [] }),
      ctx({ yearEnded: true, previousGrades: ['incompetent'] }),
    );
    expect(labels(twice)).toEqual([
      ['warning', ['年度考评不称职']],
      ['resign', ['连续 2 年考评不称职']],
    ]);
    const running = scoreDutyYear(
      poor,
      rules({ minimums: [] }),
      ctx({ yearEnded: false, previousGrades: ['incompetent'] }),
    );
    expect(running.consequences).toEqual([]);
  });

  it('a condition switched off (null / false) never fires', () => {
    const off = rules({
      consequences: {
        talk: { plenaryAbsencesInYear: null, minimumsUnmet: false },
        warning: { plenaryAbsencesInTerm: null, incompetent: false },
        resign: { plenaryAbsencesInTerm: null, incompetentYearsRunning: null },
      },
    });
    const s = scoreDutyYear(
      [item('meeting.plenary.absent', '2025-01-01')],
      off,
      ctx({ termPlenaryAbsences: 5, previousGrades: ['incompetent', 'incompetent'], yearEnded: true }),
    );
    expect(s.grade).toBe('incompetent');
    expect(s.consequences).toEqual([]);
  });
});
