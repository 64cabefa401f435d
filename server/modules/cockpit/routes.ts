import type { FastifyInstance } from 'fastify';
import { COCKPIT_READER_ROLES, LEAGUE_READER_ROLES } from '../../../domain/cockpit';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { route } from '../../http/route';
import { sendXlsx } from '../../lib/xlsx';
import { committeeLeague, unitLeague } from './leagues';
import { memberGroupLeague } from './member-groups';
import { cockpit } from './queries';
import {
  cockpitSchema,
  committeeLeagueSchema,
  memberGroupLeagueSchema,
  unitLeagueSchema,
} from './response-schema';
import { COCKPIT_LABELS, cockpitQuery, groupLeagueQuery, leagueQuery, unitExportQuery } from './schemas';
import { memberGroupFileName, memberGroupWorkbook, unitFileName, unitWorkbook } from './xlsx';

const tags = ['驾驶舱'];

/** 驾驶舱: a committee's figures by section, the league tables of lower committees and of handling units. */
export async function cockpitRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/cockpit',
    summary: '驾驶舱：委员会（本级或含下级）年度或届次的各项工作数据、月度走势与上年同期',
    tags,
    roles: COCKPIT_READER_ROLES,
    query: cockpitQuery,
    labels: COCKPIT_LABELS,
    response: { 200: cockpitSchema },
    handler: ({ db, actor, query }) => cockpit(db, actor, query),
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/cockpit/committees',
    summary: '下级委员会排行（各含其下级）',
    tags,
    roles: LEAGUE_READER_ROLES,
    query: leagueQuery,
    response: { 200: committeeLeagueSchema },
    handler: ({ db, actor, query }) => committeeLeague(db, actor, query),
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/cockpit/units',
    summary: '承办单位排行（按时办复、满意率、落实率、批示按时反馈）',
    tags,
    roles: LEAGUE_READER_ROLES,
    query: leagueQuery,
    response: { 200: unitLeagueSchema },
    handler: ({ db, actor, query }) => unitLeague(db, actor, query),
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/cockpit/units/export',
    summary: '导出承办单位绩效考评数据（.xlsx；指定承办单位则只含该单位）',
    tags,
    roles: LEAGUE_READER_ROLES,
    query: unitExportQuery,
    handler: async ({ db, actor, query, reply }) => {
      const league = await unitLeague(db, actor, query);
      if (query.unitId === undefined)
        return sendXlsx(reply, unitFileName(league), await unitWorkbook(league));
      const row = league.rows.find((r) => r.unit.id === query.unitId);
      if (!row) throw notFound('承办单位');
      const one = { ...league, rows: [row] };
      return sendXlsx(reply, unitFileName(one, row.unit.name), await unitWorkbook(one));
    },
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/cockpit/member-groups',
    summary: '界别、委员联络组、专门委员会排行（按委员年度履职积分）',
    tags,
    roles: LEAGUE_READER_ROLES,
    query: groupLeagueQuery,
    labels: COCKPIT_LABELS,
    response: { 200: memberGroupLeagueSchema },
    handler: ({ db, actor, query }) => memberGroupLeague(db, actor, query),
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/cockpit/member-groups/export',
    summary: '导出界别、委员联络组或专门委员会排行（.xlsx）',
    tags,
    roles: LEAGUE_READER_ROLES,
    query: groupLeagueQuery,
    labels: COCKPIT_LABELS,
    handler: async ({ db, actor, query, reply }) => {
      const league = await memberGroupLeague(db, actor, query);
      return sendXlsx(reply, memberGroupFileName(league), await memberGroupWorkbook(league));
    },
  });
}
