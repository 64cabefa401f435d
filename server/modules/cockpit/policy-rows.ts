import type { Row } from '../../test/policy-matrix';

/**
 * 驾驶舱: staff and leaders read their committee and below; a member reads their own committee's
 * public figures (the 403 for another committee or the subtree is in cockpit.test.ts); the league
 * tables are the office's and the leaders'. Units and the three administrators read none of it.
 */
export const COCKPIT_ROWS: Record<string, Row> = {
  'GET /api/cockpit': { own: ['staff', 'leader', 'member'], query: 'year=2025' },
  'GET /api/cockpit/committees': { own: ['staff', 'leader'], query: 'year=2025' },
  'GET /api/cockpit/units': { own: ['staff', 'leader'], query: 'year=2025' },
  'GET /api/cockpit/units/export': { own: ['staff', 'leader'], query: 'year=2025' },
  'GET /api/cockpit/member-groups': { own: ['staff', 'leader'], query: 'year=2025' },
  'GET /api/cockpit/member-groups/export': { own: ['staff', 'leader'], query: 'year=2025' },
};
