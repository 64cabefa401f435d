import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PROPOSAL_ACTIONS } from '../../../domain/proposal-workflow';
import { createTestApp, type TestApp } from '../../test/app';
import { statsResultSchema } from '../proposal-stats/response-schema';
import {
  assignmentPageSchema,
  keyPageSchema,
  proposalConfigSchema,
  proposalPageSchema,
  similarSchema,
  suggestedUnitsSchema,
} from './read-schemas';
import { assignedProposal, rate, reply } from './test-handling';
import { type ProposalWorld, proposalWorld } from './test-world';
import { proposalViewSchema } from './view-schema';

let t: TestApp;
let pw: ProposalWorld;
let id: number;
beforeAll(async () => {
  t = await createTestApp();
  pw = await proposalWorld(t, 'ct');
  id = (await assignedProposal(pw)).id;
  await pw.c.unit.post(`/api/proposals/${id}/accept`, {});
  const answered = await reply(pw.c.unit, id);
  expect((await rate(pw.c.lead, id, answered.handling.replies[0].id, 'satisfied')).statusCode).toBe(200);
});
afterAll(() => t.close());

/** The answer as the web receives it, checked against the route's response schema. */
async function answer<S extends z.ZodType>(res: Promise<{ statusCode: number; body: string }>, schema: S) {
  const r = await res;
  expect(r.statusCode, r.body).toBe(200);
  return schema.parse(JSON.parse(r.body)) as z.output<S>;
}

describe('the proposal API answers what its response schemas say, with the fields the web reads', () => {
  it('the proposal page: people, handling, the reply with its rating and letter, abilities per action', async () => {
    const asUnit = await answer(pw.c.unit.get(`/api/proposals/${id}`), proposalViewSchema);
    expect(asUnit.signers[0]).toMatchObject({ role: 'lead', state: 'confirmed' });
    expect(asUnit.handling.assignments[0]).toMatchObject({
      unitId: pw.w.unitId,
      mode: 'lead',
      state: 'active',
    });
    expect(typeof asUnit.handling.assignments[0].unitName).toBe('string');
    const [r] = asUnit.handling.replies;
    expect(r).toMatchObject({
      category: 'A',
      categoryLabel: '所提问题已经解决或基本解决',
      letterReadable: true,
    });
    expect(r.ratings.map((x) => x.overallLabel)).toEqual(['满意']);
    expect(r.file?.fileName).toBe('答复函.pdf');
    expect(Object.keys(asUnit.abilities).sort()).toEqual([...PROPOSAL_ACTIONS, 'delete', 'instruct'].sort());
    // A unit records no 批示; the leader, on the replied proposal, may write one.
    expect(asUnit.abilities.instruct).toBe(false);
    expect(asUnit.timeline.map((e) => e.action)).toContain('reply');
    const asLeader = await answer(pw.c.leader.get(`/api/proposals/${id}`), proposalViewSchema);
    expect(asLeader.handling.replies[0].letterReadable).toBe(false);
    expect(asLeader.abilities.instruct).toBe(true);
  });

  it('every step answers with the same view', async () => {
    const view = await answer(pw.c.staff.get(`/api/proposals/${id}`), proposalViewSchema);
    const marked = await answer(
      pw.c.staff.post(`/api/proposals/${id}/implementation-mark`, {
        mark: 'done',
        expectedVersion: view.version,
      }),
      proposalViewSchema,
    );
    expect(marked.handling).toMatchObject({ implementationMark: 'done', implementationMarkLabel: '已落实' });
  });

  it('the lists: all proposals, the handling board, key proposals', async () => {
    const all = await answer(pw.c.staff.get('/api/proposals'), proposalPageSchema);
    const row = all.items.find((p) => p.id === id);
    expect(row).toMatchObject({ cosignerCount: 0, statusLabel: '已办结' });
    expect(row?.unitNames).toHaveLength(1);
    expect(row?.proposerName).toBeTruthy();
    const board = await answer(pw.c.unit.get('/api/proposals/assignments'), assignmentPageSchema);
    expect(board.items.find((a) => a.proposalId === id)).toMatchObject({ mode: 'lead', round: 1 });
    await answer(pw.c.leader.get('/api/proposals/key-proposals'), keyPageSchema);
  });

  it('similar proposals, suggested units, the configuration and the statistics', async () => {
    const similar = await answer(pw.c.staff.get(`/api/proposals/${id}/similar`), similarSchema);
    expect(similar.terms.length).toBeGreaterThan(0);
    await answer(pw.c.staff.get(`/api/proposals/${id}/suggested-units`), suggestedUnitsSchema);
    const config = await answer(pw.c.staff.get('/api/proposals/config'), proposalConfigSchema);
    expect(config.categories.map((c) => c.id)).toContain(pw.categoryId);
    expect(config.settings.replyCategories.map((c) => c.code)).toEqual(['A', 'B', 'C']);
    const stats = await answer(
      pw.c.staff.get(`/api/proposal-stats?sessionId=${pw.sessionId}&groupBy=unit`),
      statsResultSchema,
    );
    expect(stats.total).toMatchObject({ registered: 1, replied: 1, satisfied: 1 });
    expect(stats.rows[0]).toMatchObject({ received: null, replied: 1 });
  });
});
