import type { ApiResponse } from '../../api/types';

export type Cockpit = ApiResponse<'/api/cockpit'>;
export type CockpitSection = Cockpit['sections'][number];
export type CockpitFigure = CockpitSection['figures'][number];
export type CommitteeLeague = ApiResponse<'/api/cockpit/committees'>;
export type UnitLeague = ApiResponse<'/api/cockpit/units'>;
export type LeagueColumn = CommitteeLeague['columns'][number];
export type MemberGroupLeague = ApiResponse<'/api/cockpit/member-groups'>;
