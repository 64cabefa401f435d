import { describe, expect, it } from 'vitest';
import { replyAndSatisfaction } from './work-reports';

describe('replyAndSatisfaction', () => {
  it('reads the two rates together when they are equal, as the seeds write it', () => {
    // DOMAIN.md §2: "……办复率、满意率均为100%".
    expect(replyAndSatisfaction('100%', '100%')).toBe('办复率、满意率均为100%');
  });

  it('names each rate when they differ, and a rate with nothing to divide as —', () => {
    expect(replyAndSatisfaction('66.67%', '40%')).toBe('办复率为66.67%，满意率为40%');
    expect(replyAndSatisfaction('—', '—')).toBe('办复率、满意率暂无数据');
    expect(replyAndSatisfaction('50%', '—')).toBe('办复率为50%，满意率为—');
  });
});
