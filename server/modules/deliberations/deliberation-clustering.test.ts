import { describe, expect, it } from 'vitest';
import { clusterPosts, OTHER_GROUP } from './clustering';
import { LABELLED_POSTS } from './test-posts';

describe('grouping the posts of a topic by key terms', () => {
  const clusters = clusterPosts(LABELLED_POSTS.map((p, i) => ({ id: i, text: p.text })));
  const labelsOf = (ids: number[]) => ids.map((i) => LABELLED_POSTS[i].label);

  it('makes one group per matter a person reads in the posts, and no group mixes two', () => {
    const named = clusters.filter((c) => c.name !== OTHER_GROUP);
    expect(named.map((c) => new Set(labelsOf(c.postIds)).size)).toEqual([1, 1, 1, 1]);
    expect(new Set(named.map((c) => labelsOf(c.postIds)[0]))).toEqual(
      new Set(['parking', 'bus', 'school', 'ebike']),
    );
  });

  it('puts at least 5 of the 6 posts of each matter in its group, and names it by the shared term', () => {
    const groupOf = (label: string) =>
      clusters.find((c) => c.name !== OTHER_GROUP && labelsOf(c.postIds)[0] === label);
    expect(groupOf('parking')?.postIds.length).toBe(6);
    expect(groupOf('bus')?.postIds.length).toBe(6);
    expect(groupOf('ebike')?.postIds.length).toBe(6);
    expect(groupOf('school')?.postIds.length).toBeGreaterThanOrEqual(4);
    expect(groupOf('parking')?.name).toBe('停车');
    expect(groupOf('bus')?.name).toBe('公交');
  });

  it('leaves what fits no group in 其他, every post placed exactly once', () => {
    const all = clusters.flatMap((c) => c.postIds).sort((a, b) => a - b);
    expect(all).toEqual(LABELLED_POSTS.map((_, i) => i));
    expect(clusters.at(-1)?.name).toBe(OTHER_GROUP);
    expect(clusters.at(-1)?.postIds.length).toBeLessThanOrEqual(2);
  });

  it('does not group two posts that share nothing', () => {
    expect(
      clusterPosts([
        { id: 1, text: '建议增加公交班次' },
        { id: 2, text: '小区电动车充电难' },
      ]),
    ).toEqual([{ name: OTHER_GROUP, terms: [], postIds: [1, 2] }]);
  });
});
