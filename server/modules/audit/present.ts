import type { XlsxColumn } from '../../lib/xlsx';
import type { AuditRow } from './queries';

/** Who acted, as a person reads it: 张三（zhangsan）; the login name alone for a name tried at login. */
export function auditUser(r: Pick<AuditRow, 'username' | 'displayName'>): string {
  if (!r.username) return '（未登录）';
  return r.displayName ? `${r.displayName}（${r.username}）` : r.username;
}

import { shanghaiTime } from './time';

/** The columns of 审计日志.xlsx, as the 等保 assessor reads them. */
export const auditExportColumns: XlsxColumn<AuditRow>[] = [
  { header: '时间', width: 20, value: (r) => shanghaiTime(r.at) },
  { header: '用户', width: 24, value: auditUser },
  { header: 'IP', width: 16, value: (r) => r.ip },
  { header: '操作', width: 16, value: (r) => r.action },
  { header: '对象', width: 36, value: (r) => r.target },
  { header: '结果', width: 14, value: (r) => r.result },
  // The rest of what the page shows: the committee and the details behind 查看.
  { header: '委员会', width: 20, value: (r) => r.committeeName },
  { header: '详情', width: 48, value: (r) => (r.detail == null ? null : JSON.stringify(r.detail)) },
];
