import { actorOfUsername } from '../auth/actor';
import type { AppContext } from '../context';
import type { Db, Tx } from '../db/client';
import { createConsultation, holdConsultation } from '../modules/consultation-activities/commands/activity';
import { inviteCommittees, setParticipantMembers } from '../modules/consultation-activities/commands/joint';
import { addSpeech } from '../modules/consultation-activities/commands/records';
import { addSuggestion } from '../modules/consultation-activities/commands/suggestion';
import { atTime } from '../platform/clock';
import type { SeededMember } from './members';
import type { OrgRefs } from './org';

const at = (day: string, time: string) => new Date(`${day}T${time}:00+08:00`);

/**
 * The demo's 联动协商 (seed 001: 三级政协联动): the city's office organises a 专题协商会 on river chiefs and
 * invites 清河区政协; the district's office names three of its members, records one speech and two
 * suggestions to its own departments. Everything through the commands, at its historical time.
 */
export async function seedJointConsultation(
  ctx: AppContext,
  tx: Tx,
  city: OrgRefs,
  district: OrgRefs,
  members: SeededMember[],
) {
  const db: Db = tx;
  const cityOffice = await actorOfUsername(db, 'cityoffice');
  const office = await actorOfUsername(db, 'office');
  const day = '2026-06-18';
  const id = await atTime(at('2026-06-01', '09:00'), () =>
    createConsultation(db, cityOffice, {
      form: 'special',
      grassrootsKind: null,
      topic: '全市政协联动协商：推进河湖长制落实',
      planTopicId: null,
      organiserKind: 'department',
      organiserId: city.departmentIds.get('办公室')!,
      startsAt: at(day, '09:30').toISOString(),
      endsAt: at(day, '11:30').toISOString(),
      place: '海川市政协常委会议室',
      summary: '市、区两级政协联合调研后召开专题协商会，各区政协委员就河湖长制落实提出意见建议。',
      leaderIds: [],
      unitIds: [],
      invite: null,
    }),
  );
  await atTime(at('2026-06-02', '10:00'), () =>
    inviteCommittees(db, cityOffice, id, { committeeIds: [district.committeeId] }),
  );
  const serving = members.filter((m) => m.status === 'active').slice(10, 13);
  await atTime(at('2026-06-05', '10:00'), () =>
    setParticipantMembers(db, office, id, district.committeeId, { memberIds: serving.map((m) => m.id) }),
  );
  await atTime(at(day, '12:00'), () => holdConsultation(db, cityOffice, id, {}));
  const dctx = { ...ctx, handle: { ...ctx.handle, db } };
  await atTime(at(day, '14:00'), () =>
    addSpeech(
      dctx,
      office,
      id,
      {
        memberId: serving[0].id,
        speakerName: null,
        title: '清河区河长制落实情况与建议',
        text: '清河区已实现区、镇街、村三级河长全覆盖。建议建立跨区河道联合巡查机制。',
      },
      null,
    ),
  );
  const units = [...district.handlingUnitIds.entries()];
  const unit = (name: string) => units.find(([n]) => n === name)?.[1] ?? units[0][1];
  for (const [i, text] of ['建立跨区河道联合巡查和信息共享机制', '加大河道沿线排污口整治力度'].entries()) {
    await atTime(at(day, '15:00'), () =>
      addSuggestion(db, office, id, {
        source: 'member',
        memberId: serving[i + 1].id,
        proposerName: null,
        text,
        unitId: unit(i === 0 ? '区水利局' : '区生态环境分局'),
        dueOn: null,
      }),
    );
  }
}
