import type { Row } from '../../test/policy-matrix';

/**
 * 工作报告: the office and the leaders (who read the cockpit) generate the documents and read the
 * templates; only the office uploads one. Members, units and the administrators read none of it.
 */
const kind = 'kind';
export const WORK_REPORT_ROWS: Record<string, Row> = {
  'GET /api/work-reports/templates': { own: ['staff', 'leader'] },
  'GET /api/work-reports/templates/:kind/file': { own: ['staff', 'leader'], target: kind },
  'GET /api/work-reports/templates/:kind/default': { own: ['staff', 'leader'], target: kind },
  'GET /api/work-reports/templates/:kind/versions/:versionId': {
    own: ['staff', 'leader'],
    target: 'version',
  },
  'POST /api/work-reports/templates/:kind': { own: ['staff'], target: kind, upload: true },
  'GET /api/work-reports/:kind': { own: ['staff', 'leader'], target: kind, query: 'year=2025' },
};
