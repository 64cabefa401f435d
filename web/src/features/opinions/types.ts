import type { ApiResponse } from '../../api/types';

/**
 * The 社情民意 answers as the server's response schemas declare them
 * (server/modules/opinion-reports/response-schemas.ts, generated into web/src/api/schema.d.ts).
 */

export interface TimelineEvent {
  id: number;
  action: string;
  actionLabel: string;
  toStatusLabel: string | null;
  actorName: string;
  note: string | null;
  at: string;
}

/** A row of GET /api/opinion-reports. */
export type ReportItem = ApiResponse<'/api/opinion-reports'>['items'][number];

export type Adoption = ReportView['adoptions'][number];

/** GET /api/opinion-reports/:id. */
export type ReportView = ApiResponse<'/api/opinion-reports/{id}'>;

/** GET /api/opinion-reports/similar. */
export type SimilarReports = ApiResponse<'/api/opinion-reports/similar'>;

/** A row of GET /api/opinion-items. */
export type ItemRow = ApiResponse<'/api/opinion-items'>['items'][number];

/** GET /api/opinion-items/:id. */
export type ItemView = ApiResponse<'/api/opinion-items/{id}'>;

/** A row of GET /api/bulletin-issues. */
export type IssueRow = ApiResponse<'/api/bulletin-issues'>['items'][number];

/** GET /api/bulletin-issues/:id. */
export type IssueView = ApiResponse<'/api/bulletin-issues/{id}'>;

/** GET /api/opinion-stats?year=. */
export type OpinionStats = ApiResponse<'/api/opinion-stats'>;
