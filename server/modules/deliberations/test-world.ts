import { shanghaiDate } from '../../lib/working-days';
import type { Client, TestApp } from '../../test/app';

/** Beijing day `offset` days from today. */
export const dayFrom = (offset: number) => shanghaiDate(new Date(Date.now() + offset * 86_400_000));

/** A topic open from yesterday for a month, opened by the world's organiser (a PlanWorld's, or another's). */
export async function openTopic(
  pw: { c: { organiser: Client } },
  audience: 'members' | 'public',
  title = '如何改善城区交通出行',
) {
  const res = await pw.c.organiser.post('/api/deliberations', {
    title,
    description: '请围绕停车、公交、学校周边交通和电动车管理建言献策。',
    audience,
    opensOn: dayFrom(-1),
    closesOn: dayFrom(30),
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json() as { id: number; version: number };
}

/** A resident's post from the public page (no cookie, an address of its own). */
export const publicPost = (t: TestApp, id: number, body: Record<string, unknown>, ip = '203.0.113.9') =>
  t.app.inject({
    method: 'POST',
    url: `/api/public/deliberations/${id}/posts`,
    payload: body,
    remoteAddress: ip,
  });

/** The public page of a topic, as a phone at that address opens it. */
export const publicTopic = (t: TestApp, id: number, ip = '203.0.113.9') =>
  t.app.inject({ method: 'GET', url: `/api/public/deliberations/${id}`, remoteAddress: ip });
