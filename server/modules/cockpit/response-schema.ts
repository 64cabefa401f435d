import { z } from 'zod';
import { COCKPIT_SCOPES } from '../../../domain/cockpit';
import { MEMBER_GROUP_BYS } from '../../../domain/cockpit-figures';
import { dateTime, responseFor } from '../../http/response';
import type { CommitteeLeague, UnitLeague } from './leagues';
import type { MemberGroupLeague } from './member-groups';
import type { CockpitResult } from './queries';

const kind = z.enum(['count', 'rate', 'number']);
const value = z.number().nullable();

const period = z.object({
  kind: z.enum(['year', 'term']),
  year: z.number().nullable(),
  termId: z.number().nullable(),
  label: z.string(),
  years: z.array(z.number()),
});

const committeeRef = z.object({ id: z.number(), name: z.string() });

/** GET /api/cockpit: queries.ts `CockpitResult`. */
export const cockpitSchema = responseFor<CockpitResult>()(
  z.object({
    committee: z.object({ id: z.number(), name: z.string(), level: z.string() }),
    scope: z.enum(COCKPIT_SCOPES),
    period,
    trail: z.array(committeeRef),
    children: z.array(z.object({ id: z.number(), name: z.string(), level: z.string() })),
    sections: z.array(
      z.object({
        key: z.string(),
        title: z.string(),
        figures: z.array(
          z.object({
            key: z.string(),
            label: z.string(),
            kind,
            definition: z.string(),
            value,
            previous: value,
          }),
        ),
        trend: z
          .object({
            figure: z.string(),
            label: z.string(),
            definition: z.string(),
            labels: z.array(z.string()),
            values: z.array(z.number()),
            previous: z.array(z.number()).nullable(),
          })
          .nullable(),
        lists: z.array(
          z.object({
            key: z.string(),
            title: z.string(),
            total: z.number(),
            rows: z.array(
              z.object({
                id: z.number(),
                title: z.string(),
                detail: z.string(),
                committeeId: z.number(),
                link: z.string(),
              }),
            ),
          }),
        ),
        listLink: z.string().nullable(),
      }),
    ),
    generatedAt: dateTime,
  }),
);

const column = z.object({
  key: z.string(),
  section: z.string(),
  label: z.string(),
  kind,
  definition: z.string(),
});

/** GET /api/cockpit/committees: queries.ts `CommitteeLeague`. */
export const committeeLeagueSchema = responseFor<CommitteeLeague>()(
  z.object({
    committee: committeeRef,
    period,
    columns: z.array(column),
    rows: z.array(
      z.object({
        committee: z.object({ id: z.number(), name: z.string(), level: z.string() }),
        values: z.record(z.string(), value),
      }),
    ),
  }),
);

/** GET /api/cockpit/units: queries.ts `UnitLeague`. */
export const unitLeagueSchema = responseFor<UnitLeague>()(
  z.object({
    committee: committeeRef,
    period,
    columns: z.array(column),
    rows: z.array(z.object({ unit: committeeRef, values: z.record(z.string(), value) })),
  }),
);

/** GET /api/cockpit/member-groups: member-groups.ts `MemberGroupLeague`. */
export const memberGroupLeagueSchema = responseFor<MemberGroupLeague>()(
  z.object({
    committee: committeeRef,
    period,
    by: z.enum(MEMBER_GROUP_BYS),
    byLabel: z.string(),
    columns: z.array(column),
    rows: z.array(
      z.object({
        group: z.object({ id: z.number().nullable(), name: z.string(), own: z.boolean() }),
        values: z.record(z.string(), value),
      }),
    ),
  }),
);
