import { describe, expect, it } from 'vitest';
import { proposeAwardCandidates, type ScoredMember } from './duty-awards';

const m = (
  memberId: number,
  total: number,
  grade: ScoredMember['grade'],
  consequences = 0,
): ScoredMember => ({
  memberId,
  name: `m${memberId}`,
  total,
  grade,
  consequences,
});

describe('proposeAwardCandidates', () => {
  // 20 members: 1 in 10 → at most 2 优秀政协委员; 5 groups → at most 1 先进委员活动组.
  const scores = [
    m(1, 95, 'excellent', 1), // 优秀 but a 提醒谈话 is due: never proposed
    m(2, 92, 'excellent'),
    m(3, 90, 'excellent'),
    m(4, 90, 'excellent'),
    ...Array.from({ length: 16 }, (_, i) => m(10 + i, 60 + i, 'competent')),
  ];
  const groups = [
    { id: 1, name: '甲组', memberIds: [1, 2, 10] }, // (95 + 92 + 60) / 3 = 82.3
    { id: 2, name: '乙组', memberIds: [3, 4, 11, 12] }, // (90 + 90 + 61 + 62) / 4 = 75.75 → 75.8
    { id: 3, name: '丙组', memberIds: [13, 14] }, // two members: not judged
    { id: 4, name: '丁组', memberIds: [15, 16, 17] },
    { id: 5, name: '戊组', memberIds: [] },
  ];
  it('proposes the best members, the best group and its best member with nothing due', () => {
    expect(proposeAwardCandidates(scores, groups, 60)).toEqual([
      { kind: 'excellentMember', memberId: 2, activityGroupId: null, basis: '得分 92，等次优秀' },
      // 3 and 4 tie at 90: the lower id first.
      { kind: 'excellentMember', memberId: 3, activityGroupId: null, basis: '得分 90，等次优秀' },
      { kind: 'advancedGroup', memberId: null, activityGroupId: 1, basis: '3 名委员平均得分 82.3' },
      { kind: 'excellentLeader', memberId: 2, activityGroupId: 1, basis: '甲组得分最高（92 分）' },
    ]);
  });
  it('proposes no group below the 称职 line and no member without 优秀', () => {
    const plain = [m(1, 50, 'incompetent'), m(2, 55, 'incompetent'), m(3, 58, 'incompetent')];
    expect(proposeAwardCandidates(plain, [{ id: 1, name: '甲组', memberIds: [1, 2, 3] }], 60)).toEqual([]);
  });
});
