import type { Tx } from '../db/client';
import { proposalTopics } from '../db/schema';

/**
 * The district's 提案选题参考 for the year: topics from its consultation plan, the government's
 * priorities and the units' wishes, as an office publishes them before the plenary.
 */
const TOPICS: readonly (readonly [string, string, string, string | null])[] = [
  [
    '推进老旧小区加装电梯和适老化改造',
    '年度协商计划',
    '区住房和城乡建设局',
    '列入本年度专题协商议题，重点关注低层住户补偿和资金筹措。',
  ],
  [
    '完善社区居家养老和老年助餐服务',
    '党委政府重点工作',
    '区民政局',
    '区政府民生实事项目，关注助餐点布局和运营补贴。',
  ],
  ['提升中小学课后服务质量', '承办单位征集', '区教育局', '区教育局征集：课后服务课程资源和教师负担。'],
  ['加强农村公路养护和农村客运', '承办单位征集', '区交通运输局', null],
  [
    '优化营商环境，缓解小微企业融资难',
    '党委政府重点工作',
    '区发展和改革局',
    '关注政府性融资担保和涉企信用信息共享。',
  ],
  ['治理城区河道和餐饮油烟污染', '社会征题', '区生态环境分局', '群众通过社会征题提出的环境问题。'],
];

/** Inserts the demo district's topic guide. */
export async function insertProposalTopics(tx: Tx, committeeId: number): Promise<void> {
  await tx.insert(proposalTopics).values(
    TOPICS.map(([name, source, unitName, description], i) => ({
      committeeId,
      name,
      source,
      unitName,
      description,
      sortOrder: i + 1,
    })),
  );
}
