import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departments, users } from '../../db/schema';
import { type Client, createTestApp, login, type TestApp } from '../../test/app';
import { TEST_PASSWORD } from '../../test/factories';
import { type ProposalWorld, proposalWorld, step, submittedProposal } from './test-world';

let t: TestApp;
let pw: ProposalWorld;
/** Staff of the same committee in 委员工作科, a department whose duty is not 提案工作. */
let memberAffairs: Client;

beforeAll(async () => {
  t = await createTestApp();
  pw = await proposalWorld(t, 'dy');
  const db = t.ctx.handle.db;
  const [dept] = await db
    .insert(departments)
    .values({ committeeId: pw.w.committeeId, name: '委员工作科', duty: '委员工作' })
    .returning();
  const [{ passwordHash }] = await db.select().from(users).where(eq(users.username, pw.w.users.staff));
  await db.insert(users).values({
    committeeId: pw.w.committeeId,
    username: 'dy_staff2',
    displayName: '委员工作科干部',
    passwordHash,
    role: 'staff',
    mustChangePassword: false,
    departmentId: dept.id,
  });
  memberAffairs = await login(t.app, 'dy_staff2', TEST_PASSWORD);
});
afterAll(() => t.close());

describe('department duties', () => {
  it('gives the proposal workbench to staff of a 提案工作 department only', async () => {
    expect((await pw.c.staff.get('/api/auth/me')).json().abilities.handleProposals).toBe(true);
    expect((await memberAffairs.get('/api/auth/me')).json().abilities.handleProposals).toBe(false);
  });

  it('lets other staff read a proposal but take no step, and refuses the step with a 403', async () => {
    const p = await submittedProposal(pw);
    const seen = await memberAffairs.get(`/api/proposals/${p.id}`);
    expect(seen.statusCode).toBe(200);
    expect(Object.values(seen.json().abilities).some(Boolean)).toBe(false);
    const list = await memberAffairs.get('/api/proposals?view=all');
    expect(list.json().items.map((i: { id: number }) => i.id)).toContain(p.id);

    const refused = await memberAffairs.post(`/api/proposals/${p.id}/register`, {});
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('仅提案工作部门的工作人员可以办理');
    const config = await memberAffairs.post('/api/proposals/config/categories', { name: '乡村振兴' });
    expect(config.statusCode).toBe(403);
    expect((await memberAffairs.get(`/api/proposals/${p.id}`)).json().status).toBe('reviewing');

    expect((await step(pw.c.staff, p.id, 'register')).status).toBe('registered');
  });

  it('tells only the proposal staff when a unit returns a proposal', async () => {
    const p = await submittedProposal(pw, true);
    await step(pw.c.staff, p.id, 'assign', { units: [{ unitId: pw.w.unitId, mode: 'lead' }] });
    await step(pw.c.unit, p.id, 'return', { reason: '属卫健部门职责' });
    const kinds = async (c: Client) =>
      (await c.get('/api/notifications')).json().items.map((n: { kind: string }) => n.kind);
    expect(await kinds(pw.c.staff)).toContain('proposal.returnAssignment');
    expect(await kinds(memberAffairs)).not.toContain('proposal.returnAssignment');
  });
});
