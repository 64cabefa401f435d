import { sessionName, termName } from '../../domain/org-resources';
import type { Tx } from '../db/client';
import {
  activityGroups,
  departments,
  handlingUnits,
  leaders,
  liaisonGroups,
  sectors,
  sessions,
  specialCommittees,
  terms,
} from '../db/schema';
import { insertCommittee } from '../modules/org/committees';
import type { createNameFactory } from './names';
import type { CommitteePlan } from './plans';
import type { Rng } from './random';
import { demoUnitDuties } from './unit-duties';

/** The ids a committee's seed produced, by name, for the members, accounts and later seeds. */
export interface OrgRefs {
  committeeId: number;
  termId: number;
  sectorIds: Map<string, number>;
  specialCommitteeIds: Map<string, number>;
  /** Keyed by the liaison group's area (清河街道). */
  liaisonGroupIds: Map<string, number>;
  activityGroupIds: Map<string, number>;
  departmentIds: Map<string, number>;
  handlingUnitIds: Map<string, number>;
  /** In plan order (titles such as 副区长 repeat). */
  leaders: { id: number; name: string; title: string }[];
}

type NameFactory = ReturnType<typeof createNameFactory>;

const byName = (rows: { id: number; name: string }[]) => new Map(rows.map((r) => [r.name, r.id]));

/** Inserts a committee, its term and sessions and every catalogue of its plan. */
export async function insertOrg(
  tx: Tx,
  plan: CommitteePlan,
  parentId: number | null,
  rng: Rng,
  nextName: NameFactory,
): Promise<OrgRefs> {
  const committee = await insertCommittee(tx, {
    name: plan.name,
    level: plan.level,
    parentId,
    region: plan.region,
  });
  const committeeId = committee.id;
  const termId = await insertTerm(tx, committeeId, plan);
  const catalog = (names: readonly string[]) =>
    names.map((name, i) => ({ committeeId, name, sortOrder: i + 1 }));
  const sectorNames = plan.sectorNames ?? plan.roster?.sectors.map(([name]) => name) ?? [];
  const sectorRows = sectorNames.length
    ? await tx.insert(sectors).values(catalog(sectorNames)).returning({ id: sectors.id, name: sectors.name })
    : [];
  const specialRows = await tx
    .insert(specialCommittees)
    .values(catalog(plan.specialCommittees))
    .returning({ id: specialCommittees.id, name: specialCommittees.name });
  return {
    committeeId,
    termId,
    sectorIds: byName(sectorRows),
    specialCommitteeIds: byName(specialRows),
    liaisonGroupIds: await insertLiaisonGroups(tx, committeeId, plan),
    activityGroupIds: await insertActivityGroups(tx, committeeId, plan),
    departmentIds: byName(
      await tx
        .insert(departments)
        .values(
          plan.departments.map(([name, note, duty], i) => ({
            committeeId,
            name,
            note,
            duty,
            sortOrder: i + 1,
          })),
        )
        .returning({ id: departments.id, name: departments.name }),
    ),
    handlingUnitIds: await insertHandlingUnits(tx, committeeId, plan, rng, nextName),
    leaders: await insertLeaders(tx, committeeId, plan, rng, nextName),
  };
}

async function insertTerm(tx: Tx, committeeId: number, plan: CommitteePlan): Promise<number> {
  const name = termName(plan.term.ordinal);
  const [term] = await tx
    .insert(terms)
    .values({
      committeeId,
      ordinal: plan.term.ordinal,
      name,
      startDate: plan.term.startDate,
      endDate: plan.term.endDate,
    })
    .returning({ id: terms.id });
  await tx.insert(sessions).values(
    plan.sessionOpenings.map((openingDate, i) => ({
      committeeId,
      termId: term.id,
      ordinal: i + 1,
      year: Number(openingDate.slice(0, 4)),
      name: sessionName(name, i + 1),
      openingDate,
    })),
  );
  return term.id;
}

async function insertLiaisonGroups(tx: Tx, committeeId: number, plan: CommitteePlan) {
  if (!plan.liaisonAreas.length) return new Map<string, number>();
  const rows = await tx
    .insert(liaisonGroups)
    .values(
      plan.liaisonAreas.map((area, i) => ({
        committeeId,
        name: `${area}委员联络组`,
        area,
        sortOrder: i + 1,
      })),
    )
    .returning({ id: liaisonGroups.id, area: liaisonGroups.area });
  return new Map(rows.map((r) => [r.area ?? '', r.id]));
}

async function insertActivityGroups(tx: Tx, committeeId: number, plan: CommitteePlan) {
  if (!plan.activityGroups.length) return new Map<string, number>();
  const rows = await tx
    .insert(activityGroups)
    .values(
      plan.activityGroups.map((g, i) => ({ committeeId, name: g.name, kind: g.kind, sortOrder: i + 1 })),
    )
    .returning({ id: activityGroups.id, name: activityGroups.name });
  return byName(rows);
}

/** Each unit has a named contact with an office landline (8 digits, fictional). */
async function insertHandlingUnits(
  tx: Tx,
  committeeId: number,
  plan: CommitteePlan,
  rng: Rng,
  nextName: NameFactory,
) {
  const rows = await tx
    .insert(handlingUnits)
    .values(
      plan.handlingUnits.map(([name, kind], i) => ({
        committeeId,
        name,
        kind,
        contactName: nextName(rng.chance(0.5) ? '男' : '女'),
        contactPhone: `8${rng.int(1_000_000, 9_999_999)}`,
        duties: demoUnitDuties(name),
        sortOrder: i + 1,
      })),
    )
    .returning({ id: handlingUnits.id, name: handlingUnits.name });
  return byName(rows);
}

async function insertLeaders(
  tx: Tx,
  committeeId: number,
  plan: CommitteePlan,
  rng: Rng,
  nextName: NameFactory,
) {
  const rows = await tx
    .insert(leaders)
    .values(
      plan.leaders.map(([title, organisation, note], i) => ({
        committeeId,
        name: nextName(rng.chance(0.2) ? '女' : '男'),
        title,
        level: plan.leaderLevel,
        // 党政主要领导: the party secretary and the head of government (区委书记, 区长).
        isPrincipal: /^[市区县]委书记$|、[市区县]长$/.test(title),
        organisation,
        note,
        sortOrder: i + 1,
      })),
    )
    .returning({ id: leaders.id, name: leaders.name, title: leaders.title, sortOrder: leaders.sortOrder });
  return rows.sort((a, b) => a.sortOrder - b.sortOrder).map(({ id, name, title }) => ({ id, name, title }));
}
