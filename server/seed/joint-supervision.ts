import { actorOfUsername } from '../auth/actor';
import type { Db, Tx } from '../db/client';
import {
  addInspectionSuggestion,
  addInspectionVisit,
  createInspection,
  writeReport,
} from '../modules/supervision/commands';
import { inviteToJoint, setJointMembers } from '../modules/supervision/joint';
import { atTime } from '../platform/clock';
import { demoMember } from './accounts';
import type { SeededMember } from './members';
import type { OrgRefs } from './org';
import { at } from './supervision';

/**
 * The demo's 联合视察 (seed 001: 三级政协联合调研、民主监督): 海川市政协's office runs an inspection of
 * rural living environments with three of its members and invites 清河区政协; the district's office
 * names three of its members (the demo member first), records its own visit (all three present) and
 * one suggestion to 区农业农村局; the city visits once (its three present) and sends the report.
 * Everything through the commands, at its historical time. So the district gains one joint
 * inspection, one visit, 3 inspection visit points and one suggestion awaiting feedback.
 */
export async function seedJointSupervision(
  tx: Tx,
  cityMembers: SeededMember[],
  district: OrgRefs,
  districtMembers: SeededMember[],
) {
  const db: Db = tx;
  const cityOffice = await actorOfUsername(db, 'cityoffice');
  const office = await actorOfUsername(db, 'office');
  const cityIds = cityMembers.slice(0, 3).map((m) => m.id);
  const lead = demoMember(districtMembers);
  const others = districtMembers.filter((m) => m.status === 'active' && m.id !== lead.id).slice(60, 62);
  const districtIds = [lead.id, ...others.map((m) => m.id)];
  const id = await atTime(at('2026-07-01'), () =>
    createInspection(db, cityOffice, {
      kind: 'inspection',
      topic: '全市农村人居环境整治联合视察',
      planTopicId: null,
      consultationId: null,
      plan: '市、区两级政协联合视察：市政协视察市级示范村，各区政协视察本区镇村，分别提出意见建议。',
      memberIds: cityIds,
      startsOn: '2026-07-08',
    }),
  );
  await atTime(at('2026-07-01', 15), () =>
    inviteToJoint(db, cityOffice, 'inspection', id, [district.committeeId]),
  );
  await atTime(at('2026-07-03'), () =>
    setJointMembers(db, office, 'inspection', id, district.committeeId, districtIds),
  );
  await atTime(at('2026-07-08', 17), () =>
    addInspectionVisit(db, cityOffice, id, {
      visitedOn: '2026-07-08',
      place: '海川市城郊乡示范村',
      memberIds: cityIds,
      notes: '生活垃圾分类收运体系基本建成，村内污水管网尚未全覆盖。',
    }),
  );
  await atTime(at('2026-07-09', 17), () =>
    addInspectionVisit(db, office, id, {
      visitedOn: '2026-07-09',
      place: '清河区白沙镇',
      memberIds: districtIds,
      notes: '农村公厕改造完成八成，部分自然村生活污水仍直排河道。',
    }),
  );
  await atTime(at('2026-07-10'), () =>
    addInspectionSuggestion(db, office, id, {
      source: 'member',
      memberId: lead.id,
      proposerName: null,
      text: '加快白沙镇自然村生活污水收集管网建设，明确建成时限',
      unitId: district.handlingUnitIds.get('区农业农村局')!,
      dueOn: null,
    }),
  );
  await atTime(at('2026-07-20'), () =>
    writeReport(db, cityOffice, id, {
      title: '关于全市农村人居环境整治情况的联合视察报告',
      body: '一、基本情况\n市、区两级政协委员分赴示范村和各区镇村视察。\n二、意见建议\n加快农村生活污水治理。',
      sentTo: '市委书记',
      sentOn: '2026-07-20',
    }),
  );
}
