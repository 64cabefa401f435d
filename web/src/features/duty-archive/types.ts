import type { ApiResponse } from '../../api/types';

/** The duty archive's answers, generated from the server's response schemas. */
export type MemberArchive = ApiResponse<'/api/duty-archive/me'>;
export type ScoreLine = MemberArchive['lines'][number];
export type ScorePage = ApiResponse<'/api/duty-archive/scores'>;
export type ScoreRow = ScorePage['items'][number];
export type Distribution = ApiResponse<'/api/duty-archive/distribution'>;
export type Flag = ApiResponse<'/api/duty-archive/flags'>[number];
export type ClaimPage = ApiResponse<'/api/duty-archive/claims'>;
export type ClaimRow = ClaimPage['items'][number];
export type ClaimView = ApiResponse<'/api/duty-archive/claims/{id}'>;
export type RulesView = ApiResponse<'/api/duty-archive/rules'>;
export type DutyRules = RulesView['rules'];
export type SelfReport = ApiResponse<'/api/duty-archive/self-reports/mine'>;
export type SelfReportList = ApiResponse<'/api/duty-archive/self-reports'>;
