import type { DutyGrade } from './duty-grades';
import { defineWorkflow, type TransitionDef } from './workflow';

/**
 * Year-end awards (seed 002): 优秀政协委员, 先进委员活动组, 优秀组长. The platform proposes them from
 * the year's stored scores; the staff who keep the archive confirm or drop each; the confirmed
 * ones go into the 履职情况通报.
 */
export const AWARD_KINDS = ['excellentMember', 'advancedGroup', 'excellentLeader'] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];
export const AWARD_KIND_LABELS: Record<AwardKind, string> = {
  excellentMember: '优秀政协委员',
  advancedGroup: '先进委员活动组',
  excellentLeader: '优秀组长',
};

export const AWARD_STATUSES = ['proposed', 'confirmed', 'dropped'] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];
export const AWARD_STATUS_LABELS: Record<AwardStatus, string> = {
  proposed: '建议',
  confirmed: '已确认',
  dropped: '未采纳',
};

export type AwardRole = 'keeper';
export type AwardFacts = Record<string, never>;
const AWARD_TRANSITIONS = [
  { action: 'confirm', label: '确认表彰', from: ['proposed'], to: 'confirmed', roles: ['keeper'] },
  { action: 'drop', label: '不予表彰', from: ['proposed', 'confirmed'], to: 'dropped', roles: ['keeper'] },
] as const satisfies readonly TransitionDef<AwardStatus, AwardRole, AwardFacts>[];

export const AWARD_WORKFLOW = defineWorkflow<AwardStatus, AwardRole, AwardFacts>()({
  subject: 'dutyAward',
  noun: '年度表彰',
  statusLabels: AWARD_STATUS_LABELS,
  transitions: AWARD_TRANSITIONS,
});
export type AwardAction = (typeof AWARD_TRANSITIONS)[number]['action'];

/** At most this share of the scored members is proposed 优秀政协委员 (one at least when any qualifies). */
export const EXCELLENT_MEMBER_SHARE = 0.1;
/** At most this share of the activity groups is proposed 先进委员活动组. */
export const ADVANCED_GROUP_SHARE = 0.2;
/** A group is judged on at least this many scored members. */
export const GROUP_MIN_MEMBERS = 3;

export interface ScoredMember {
  memberId: number;
  name: string;
  total: number;
  grade: DutyGrade;
  /** Consequences due (提醒谈话 …): a member with any is not proposed. */
  consequences: number;
}

export interface ScoredGroup {
  id: number;
  name: string;
  memberIds: number[];
}

export interface AwardCandidate {
  kind: AwardKind;
  memberId: number | null;
  activityGroupId: number | null;
  /** Why it is proposed, as the staff read it. */
  basis: string;
}

const byTotal = (a: ScoredMember, b: ScoredMember) => b.total - a.total || a.memberId - b.memberId;

/**
 * The candidates of a year, deterministic for the same scores:
 * - 优秀政协委员: graded 优秀 with nothing due, the highest totals, at most 10 % of the scored members;
 * - 先进委员活动组: groups of ≥ 3 scored members whose average reaches the 称职 line, the best averages,
 *   at most 20 % of the groups (one at least);
 * - 优秀组长: the platform does not record who leads a group, so each advanced group's highest-scoring
 *   member without anything due stands in as the candidate, for the staff to confirm or drop.
 */
export function proposeAwardCandidates(
  scores: readonly ScoredMember[],
  groups: readonly ScoredGroup[],
  competentLine: number,
): AwardCandidate[] {
  const excellent = scores.filter((s) => s.grade === 'excellent' && s.consequences === 0).sort(byTotal);
  const memberCap = Math.max(1, Math.floor(scores.length * EXCELLENT_MEMBER_SHARE));
  const members: AwardCandidate[] = excellent.slice(0, memberCap).map((s) => ({
    kind: 'excellentMember',
    memberId: s.memberId,
    activityGroupId: null,
    basis: `得分 ${s.total}，等次优秀`,
  }));
  const byId = new Map(scores.map((s) => [s.memberId, s]));
  const judged = groups
    .map((g) => {
      const scored = g.memberIds.flatMap((id) => byId.get(id) ?? []);
      const average = scored.length ? scored.reduce((s, m) => s + m.total, 0) / scored.length : 0;
      return { g, scored, average: Math.round(average * 10) / 10 };
    })
    .filter((x) => x.scored.length >= GROUP_MIN_MEMBERS && x.average >= competentLine)
    .sort((a, b) => b.average - a.average || a.g.id - b.g.id);
  const groupCap = Math.max(1, Math.floor(groups.length * ADVANCED_GROUP_SHARE));
  const advanced = judged.slice(0, groupCap);
  const groupAwards: AwardCandidate[] = advanced.map((x) => ({
    kind: 'advancedGroup',
    memberId: null,
    activityGroupId: x.g.id,
    basis: `${x.scored.length} 名委员平均得分 ${x.average}`,
  }));
  const leaders: AwardCandidate[] = advanced.flatMap((x) => {
    const best = x.scored.filter((m) => m.consequences === 0).sort(byTotal)[0];
    return best
      ? [
          {
            kind: 'excellentLeader' as const,
            memberId: best.memberId,
            activityGroupId: x.g.id,
            basis: `${x.g.name}得分最高（${best.total} 分）`,
          },
        ]
      : [];
  });
  return [...members, ...groupAwards, ...leaders];
}
